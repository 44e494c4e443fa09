import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128003515 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "satim_payment" drop constraint if exists "satim_payment_satim_order_id_unique";`);
    this.addSql(`alter table if exists "satim_payment" drop constraint if exists "satim_payment_order_number_unique";`);
    this.addSql(`create table if not exists "satim_payment" ("id" text not null, "order_number" text not null, "satim_order_id" text null, "cart_id" text not null, "payment_session_id" text not null, "amount_centimes" integer not null, "language" text check ("language" in ('AR', 'FR', 'EN')) not null, "status" text check ("status" in ('registering', 'register_failed', 'awaiting_card', 'paid', 'declined', 'rejected', 'mismatch', 'refunded')) not null default 'registering', "form_url" text null, "answer" jsonb null, "decided_at" timestamptz null, "order_id" text null, "failure" text null, "refunded_centimes" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "satim_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_satim_payment_order_number_unique" ON "satim_payment" ("order_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_satim_payment_cart_id" ON "satim_payment" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_satim_payment_deleted_at" ON "satim_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_satim_payment_satim_order_id_unique" ON "satim_payment" ("satim_order_id") WHERE satim_order_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "satim_payment" cascade;`);
  }

}
