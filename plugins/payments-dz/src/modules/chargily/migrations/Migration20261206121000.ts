import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206121000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "chargily_checkout" drop constraint if exists "chargily_checkout_status_check";`);
    this.addSql(`alter table if exists "chargily_checkout" add column if not exists "refunded_at" timestamptz null, add column if not exists "refunded_by" text null;`);
    this.addSql(`alter table if exists "chargily_checkout" add constraint "chargily_checkout_status_check" check("status" in ('creating', 'create_failed', 'awaiting_payment', 'superseded', 'paid', 'failed', 'canceled', 'mismatch', 'refund_due', 'refunded_manually'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "chargily_checkout" drop constraint if exists "chargily_checkout_status_check";`);
    this.addSql(`alter table if exists "chargily_checkout" add constraint "chargily_checkout_status_check" check("status" in ('creating', 'create_failed', 'awaiting_payment', 'superseded', 'paid', 'failed', 'canceled', 'mismatch', 'refund_due'));`);
    this.addSql(`alter table if exists "chargily_checkout" drop column if exists "refunded_at", drop column if exists "refunded_by";`);
  }

}
