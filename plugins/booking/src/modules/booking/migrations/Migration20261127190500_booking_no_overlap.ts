import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Double booking impossible by construction: two live (not cancelled, not deleted) visits of one
 * technician can never block overlapping time. Violations raise SQLSTATE 23P01, answered 409.
 * (An expression such as `ends_at + interval` is not immutable and cannot be indexed, hence the
 * stored blocked_from / blocked_until columns.)
 */
export class Migration20261127190500_booking_no_overlap extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS btree_gist;`)
    this.addSql(`ALTER TABLE "appointment" ADD CONSTRAINT "appointment_ends_after_starts" CHECK ("ends_at" > "starts_at");`)
    this.addSql(`ALTER TABLE "appointment" ADD CONSTRAINT "appointment_blocked_covers_visit" CHECK ("blocked_from" <= "starts_at" AND "blocked_until" >= "ends_at");`)
    this.addSql(
      `ALTER TABLE "appointment" ADD CONSTRAINT "appointment_no_overlap" EXCLUDE USING gist ("technician_id" WITH =, tstzrange("blocked_from", "blocked_until", '[)') WITH &&) WHERE ("status" <> 'cancelled' AND "deleted_at" IS NULL);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER TABLE "appointment" DROP CONSTRAINT IF EXISTS "appointment_no_overlap";`)
    this.addSql(`ALTER TABLE "appointment" DROP CONSTRAINT IF EXISTS "appointment_blocked_covers_visit";`)
    this.addSql(`ALTER TABLE "appointment" DROP CONSTRAINT IF EXISTS "appointment_ends_after_starts";`)
  }
}
