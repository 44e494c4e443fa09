import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206110303 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "chargily_webhook_event" drop constraint if exists "chargily_webhook_event_event_id_unique";`);
    this.addSql(`alter table if exists "chargily_checkout" drop constraint if exists "chargily_checkout_checkout_id_unique";`);
    this.addSql(`create table if not exists "chargily_checkout" ("id" text not null, "checkout_id" text null, "cart_id" text not null, "payment_session_id" text not null, "amount" integer not null, "payment_method" text check ("payment_method" in ('edahabia', 'cib')) not null, "locale" text not null, "status" text check ("status" in ('creating', 'create_failed', 'awaiting_payment', 'superseded', 'paid', 'failed', 'canceled', 'mismatch', 'refund_due')) not null default 'creating', "checkout_url" text null, "answer" jsonb null, "decided_at" timestamptz null, "order_id" text null, "failure" text null, "refund_reason" text check ("refund_reason" in ('no_order', 'already_ordered', 'replaced')) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "chargily_checkout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chargily_checkout_cart_id" ON "chargily_checkout" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chargily_checkout_deleted_at" ON "chargily_checkout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_chargily_checkout_checkout_id_unique" ON "chargily_checkout" ("checkout_id") WHERE checkout_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "chargily_webhook_event" ("id" text not null, "event_id" text not null, "event_type" text not null, "checkout_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "chargily_webhook_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_chargily_webhook_event_event_id_unique" ON "chargily_webhook_event" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chargily_webhook_event_deleted_at" ON "chargily_webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "chargily_checkout" cascade;`);

    this.addSql(`drop table if exists "chargily_webhook_event" cascade;`);
  }

}
