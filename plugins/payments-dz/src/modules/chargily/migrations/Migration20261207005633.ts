import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207005633 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "chargily_checkout" drop constraint if exists "chargily_checkout_captcha_signature_unique";`);
    this.addSql(`alter table if exists "chargily_checkout" add column if not exists "captcha_signature" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_chargily_checkout_captcha_signature_unique" ON "chargily_checkout" ("captcha_signature") WHERE captcha_signature IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_chargily_checkout_captcha_signature_unique";`);
    this.addSql(`alter table if exists "chargily_checkout" drop column if exists "captcha_signature";`);
  }

}
