import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128010003 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "satim_payment" drop constraint if exists "satim_payment_captcha_signature_unique";`);
    this.addSql(`alter table if exists "satim_payment" add column if not exists "captcha_signature" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_satim_payment_captcha_signature_unique" ON "satim_payment" ("captcha_signature") WHERE captcha_signature IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_satim_payment_captcha_signature_unique";`);
    this.addSql(`alter table if exists "satim_payment" drop column if exists "captcha_signature";`);
  }

}
