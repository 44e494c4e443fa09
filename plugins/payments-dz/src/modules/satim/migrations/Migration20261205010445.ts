import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205010445 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "satim_payment" drop constraint if exists "satim_payment_status_check";`);

    this.addSql(`alter table if exists "satim_payment" add column if not exists "refund_reason" text check ("refund_reason" in ('no_order', 'already_ordered', 'replaced')) null;`);
    this.addSql(`alter table if exists "satim_payment" add constraint "satim_payment_status_check" check("status" in ('registering', 'register_failed', 'awaiting_card', 'superseded', 'paid', 'declined', 'rejected', 'mismatch', 'refunded'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "satim_payment" drop constraint if exists "satim_payment_status_check";`);

    this.addSql(`alter table if exists "satim_payment" drop column if exists "refund_reason";`);

    this.addSql(`alter table if exists "satim_payment" add constraint "satim_payment_status_check" check("status" in ('registering', 'register_failed', 'awaiting_card', 'paid', 'declined', 'rejected', 'mismatch', 'refunded'));`);
  }

}
