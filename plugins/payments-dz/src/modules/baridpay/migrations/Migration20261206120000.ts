import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "baridpay_order" drop constraint if exists "baridpay_order_order_id_unique";`);
    this.addSql(`create table if not exists "baridpay_order" ("id" text not null, "order_id" text not null, "status" text check ("status" in ('awaiting_reference', 'submitted', 'confirmed', 'rejected', 'expired')) not null default 'awaiting_reference', "transaction_reference" text null, "submitted_at" timestamptz null, "reminded_at" timestamptz null, "decided_at" timestamptz null, "decided_by" text null, "expired_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "baridpay_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_baridpay_order_order_id_unique" ON "baridpay_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baridpay_order_deleted_at" ON "baridpay_order" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "baridpay_order" cascade;`);
  }

}
