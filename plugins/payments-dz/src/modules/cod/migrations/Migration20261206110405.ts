import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206110405 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cod_order" drop constraint if exists "cod_order_order_id_unique";`);
    this.addSql(`create table if not exists "cod_order" ("id" text not null, "order_id" text not null, "status" text check ("status" in ('placed', 'confirmed', 'cancelled', 'shipped', 'collected', 'refused')) not null default 'placed', "confirmed_at" timestamptz null, "cancelled_at" timestamptz null, "shipped_at" timestamptz null, "collected_at" timestamptz null, "refused_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cod_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cod_order_order_id_unique" ON "cod_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cod_order_deleted_at" ON "cod_order" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cod_log_entry" ("id" text not null, "action" text check ("action" in ('log_call', 'confirm', 'cancel', 'ship', 'collect', 'refuse')) not null, "call_outcome" text check ("call_outcome" in ('no_answer', 'call_back', 'confirmed', 'cancelled')) null, "note" text null, "staff_user_id" text not null, "cod_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cod_log_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cod_log_entry_cod_order_id" ON "cod_log_entry" ("cod_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cod_log_entry_deleted_at" ON "cod_log_entry" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cod_log_entry" add constraint "cod_log_entry_cod_order_id_foreign" foreign key ("cod_order_id") references "cod_order" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cod_log_entry" drop constraint if exists "cod_log_entry_cod_order_id_foreign";`);

    this.addSql(`drop table if exists "cod_order" cascade;`);

    this.addSql(`drop table if exists "cod_log_entry" cascade;`);
  }

}
