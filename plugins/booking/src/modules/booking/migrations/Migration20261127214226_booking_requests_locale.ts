import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Idempotency keys for booking requests, the visit's language, and the technician's user as a link. */
export class Migration20261127214226_booking_requests_locale extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "booking_request" drop constraint if exists "booking_request_idempotency_key_unique";`);
    this.addSql(`create table if not exists "booking_request" ("id" text not null, "idempotency_key" text not null, "request_hash" text not null, "response_status" integer null, "response_body" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_request_deleted_at" ON "booking_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_request_idempotency_key_unique" ON "booking_request" ("idempotency_key") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "appointment" add column if not exists "locale" text check ("locale" in ('fr', 'ar')) not null default 'fr';`);

    // The technician's admin user is a module link now (src/links/technician-user.ts).
    this.addSql(`alter table if exists "technician" drop column if exists "user_id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking_request" cascade;`);

    this.addSql(`alter table if exists "appointment" drop column if exists "locale";`);
    this.addSql(`alter table if exists "technician" add column if not exists "user_id" text null;`);
  }

}
