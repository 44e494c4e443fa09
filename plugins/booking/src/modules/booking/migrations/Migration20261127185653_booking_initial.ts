import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127185653_booking_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "fault_type" drop constraint if exists "fault_type_handle_unique";`);
    this.addSql(`alter table if exists "booking_zone" drop constraint if exists "booking_zone_handle_unique";`);
    this.addSql(`alter table if exists "booking_closure" drop constraint if exists "booking_closure_date_unique";`);
    this.addSql(`create table if not exists "booking_closure" ("id" text not null, "date" text not null, "label" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_closure_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_closure_date_unique" ON "booking_closure" ("date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_closure_deleted_at" ON "booking_closure" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booking_zone" ("id" text not null, "handle" text not null, "name_fr" text not null, "name_ar" text not null, "wilaya_codes" jsonb not null, "commune_ids" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_zone_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_zone_handle_unique" ON "booking_zone" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_zone_deleted_at" ON "booking_zone" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fault_type" ("id" text not null, "handle" text not null, "label_fr" text not null, "label_ar" text not null, "duration_minutes" integer not null, "visit_fee" integer not null, "required_skill" text not null, "urgency" text check ("urgency" in ('normal', 'urgent')) not null default 'normal', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fault_type_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fault_type_handle_unique" ON "fault_type" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fault_type_deleted_at" ON "fault_type" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician" ("id" text not null, "name" text not null, "phone" text not null, "user_id" text null, "skills" jsonb not null, "weekly_hours" jsonb not null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_deleted_at" ON "technician" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booking_time_off" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_time_off_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_time_off_technician_id" ON "booking_time_off" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_time_off_deleted_at" ON "booking_time_off" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booking_zone_technicians" ("booking_zone_id" text not null, "technician_id" text not null, constraint "booking_zone_technicians_pkey" primary key ("booking_zone_id", "technician_id"));`);

    this.addSql(`create table if not exists "appointment" ("id" text not null, "technician_id" text not null, "customer_id" text null, "contact_first_name" text not null, "contact_last_name" text not null, "contact_phone" text not null, "contact_email" text not null, "address_1" text not null, "commune" text not null, "wilaya_code" text not null, "zone_id" text not null, "fault_type_id" text not null, "boiler_brand" text null, "boiler_model" text null, "description" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "blocked_from" timestamptz not null, "blocked_until" timestamptz not null, "status" text check ("status" in ('requested', 'confirmed', 'en_route', 'in_progress', 'done', 'cancelled', 'no_show')) not null default 'confirmed', "cancellation_reason" text null, "source" text check ("source" in ('web', 'phone')) not null default 'web', "sequence" integer not null default 0, "history" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_appointment_technician_id" ON "appointment" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_appointment_deleted_at" ON "appointment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_appointment_technician_id_starts_at" ON "appointment" ("technician_id", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "booking_time_off" add constraint "booking_time_off_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade;`);

    this.addSql(`alter table if exists "booking_zone_technicians" add constraint "booking_zone_technicians_booking_zone_id_foreign" foreign key ("booking_zone_id") references "booking_zone" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "booking_zone_technicians" add constraint "booking_zone_technicians_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "appointment" add constraint "appointment_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "booking_zone_technicians" drop constraint if exists "booking_zone_technicians_booking_zone_id_foreign";`);

    this.addSql(`alter table if exists "booking_time_off" drop constraint if exists "booking_time_off_technician_id_foreign";`);

    this.addSql(`alter table if exists "booking_zone_technicians" drop constraint if exists "booking_zone_technicians_technician_id_foreign";`);

    this.addSql(`alter table if exists "appointment" drop constraint if exists "appointment_technician_id_foreign";`);

    this.addSql(`drop table if exists "booking_closure" cascade;`);

    this.addSql(`drop table if exists "booking_zone" cascade;`);

    this.addSql(`drop table if exists "fault_type" cascade;`);

    this.addSql(`drop table if exists "technician" cascade;`);

    this.addSql(`drop table if exists "booking_time_off" cascade;`);

    this.addSql(`drop table if exists "booking_zone_technicians" cascade;`);

    this.addSql(`drop table if exists "appointment" cascade;`);
  }

}
