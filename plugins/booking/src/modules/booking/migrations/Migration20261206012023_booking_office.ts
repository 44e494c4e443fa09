import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** The office and the technicians: visit reports (one per visit), reminders sent once, calendar feeds, deactivating zones and fault types. */
export class Migration20261206012023_booking_office extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "visit_report" drop constraint if exists "visit_report_appointment_id_unique";`);
    this.addSql(`create table if not exists "visit_report" ("id" text not null, "appointment_id" text not null, "technician_id" text not null, "summary" text not null, "parts" jsonb not null, "expected_amount" integer not null, "amount_collected" integer not null, "reported_by" text not null, "reconciled_at" timestamptz null, "reconciled_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "visit_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_visit_report_deleted_at" ON "visit_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_visit_report_appointment_id_unique" ON "visit_report" ("appointment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_visit_report_technician_id_reconciled_at" ON "visit_report" ("technician_id", "reconciled_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "booking_zone" add column if not exists "is_active" boolean not null default true;`);

    this.addSql(`alter table if exists "fault_type" add column if not exists "is_active" boolean not null default true;`);

    this.addSql(`alter table if exists "technician" add column if not exists "calendar_token_hash" text null;`);

    this.addSql(`alter table if exists "appointment" add column if not exists "reminded_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "visit_report" cascade;`);

    this.addSql(`alter table if exists "booking_zone" drop column if exists "is_active";`);

    this.addSql(`alter table if exists "fault_type" drop column if exists "is_active";`);

    this.addSql(`alter table if exists "technician" drop column if exists "calendar_token_hash";`);

    this.addSql(`alter table if exists "appointment" drop column if exists "reminded_at";`);
  }

}
