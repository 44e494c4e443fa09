import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206143125_delivery_rates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_zone_wilaya" drop constraint if exists "delivery_zone_wilaya_wilaya_code_unique";`);
    this.addSql(`alter table if exists "delivery_zone" drop constraint if exists "delivery_zone_handle_unique";`);
    this.addSql(`create table if not exists "delivery_zone" ("id" text not null, "handle" text not null, "name_fr" text not null, "name_ar" text not null, "home_price" integer not null, "home_delay_days" integer not null, "stopdesk_price" integer not null, "stopdesk_delay_days" integer not null, "rank" integer not null default 0, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_zone_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_zone_handle_unique" ON "delivery_zone" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_zone_deleted_at" ON "delivery_zone" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "delivery_zone_wilaya" ("id" text not null, "wilaya_code" text not null, "zone_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_zone_wilaya_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_zone_wilaya_wilaya_code_unique" ON "delivery_zone_wilaya" ("wilaya_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_zone_wilaya_zone_id" ON "delivery_zone_wilaya" ("zone_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_zone_wilaya_deleted_at" ON "delivery_zone_wilaya" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stop_desk" ("id" text not null, "wilaya_code" text not null, "commune" text null, "name_fr" text not null, "name_ar" text not null, "address" text null, "carrier" text null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stop_desk_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stop_desk_wilaya_code" ON "stop_desk" ("wilaya_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stop_desk_deleted_at" ON "stop_desk" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "delivery_zone_wilaya" add constraint "delivery_zone_wilaya_zone_id_foreign" foreign key ("zone_id") references "delivery_zone" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "delivery_zone_wilaya" drop constraint if exists "delivery_zone_wilaya_zone_id_foreign";`);

    this.addSql(`drop table if exists "delivery_zone" cascade;`);

    this.addSql(`drop table if exists "delivery_zone_wilaya" cascade;`);

    this.addSql(`drop table if exists "stop_desk" cascade;`);
  }

}
