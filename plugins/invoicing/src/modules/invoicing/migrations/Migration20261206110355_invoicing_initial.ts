import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206110355 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_counter" drop constraint if exists "invoice_counter_year_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_refund_id_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_order_id_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_year_sequence_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_number_unique";`);
    this.addSql(`create table if not exists "invoice" ("id" text not null, "number" text not null, "year" integer not null, "sequence" integer not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null, "order_id" text not null, "refund_id" text null, "credits_number" text null, "issued_at" timestamptz not null, "currency_code" text not null, "total_ht" integer not null, "total_tva" integer not null, "total_ttc" integer not null, "lines" jsonb not null, "payment_method" text not null, "seller" jsonb not null, "buyer" jsonb not null, "order_display_id" integer not null, "locale" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_unique" ON "invoice" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_year_sequence_unique" ON "invoice" ("year", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_order_id_unique" ON "invoice" ("order_id") WHERE kind = 'invoice' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_refund_id_unique" ON "invoice" ("refund_id") WHERE refund_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_order_id_issued_at" ON "invoice" ("order_id", "issued_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoice_counter" ("id" text not null, "year" integer not null, "last_sequence" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_counter_deleted_at" ON "invoice_counter" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_counter_year_unique" ON "invoice_counter" ("year") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_counter" cascade;`);
  }

}
