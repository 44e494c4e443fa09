/**
 * What the restore drill (backup-drill.ts) reads and writes in the shop's real tables: the row counts
 * it compares, the writes after the noted time, the "mistake", and what it checks on the restored copy.
 */
import type { Client } from "@medusajs/framework/pg"

/** What backend/src/scripts/restore-drill-shop.ts created (its result file). */
export type DrillShop = { order_id: string; order_display_id: number; appointment_id: string; technician_id: string }

/** The main tables of the shop and its plugins whose row counts must come back as at the noted time. */
export const COUNTED_TABLES = [
  "order",
  "order_item",
  "order_line_item",
  "order_summary",
  "order_shipping",
  "payment_collection",
  "payment_session",
  "cart",
  "customer",
  "product",
  "product_variant",
  "price",
  "inventory_level",
  "reservation_item",
  "appointment",
  "technician",
  "booking_zone",
  "fault_type",
  "booking_closure",
  "api_key",
] as const

export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>

/** The visit written after the noted time (a copy of the drill's visit a week later). */
export const AFTER_MARK_VISIT_ID = "appt_restore_drill_after_mark"
/** The product renamed after the noted time. */
export const AFTER_MARK_PRODUCT = "electrode-d-allumage-saunier-duval"
const AFTER_MARK_SUFFIX = " (renamed after the mark)"

const countsSql = COUNTED_TABLES.map((table) => `(SELECT count(*)::int FROM "${table}") AS "${table}"`).join(", ")

/** The time, to the microsecond in UTC, and the row counts, in one statement while nothing else writes. */
export async function noteTime(client: Client): Promise<{ at: string; counts: RowCounts }> {
  const { rows: [row] } = await client.query<RowCounts & { at: string }>(
    `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS at, ${countsSql}`
  )
  const { at, ...counts } = row
  return { at, counts: counts as RowCounts }
}

export async function countRows(client: Client): Promise<RowCounts> {
  const { rows: [counts] } = await client.query<RowCounts>(`SELECT ${countsSql}`)
  return counts
}

/**
 * A copy of visit `id` under `newId`, its times shifted by `shift`, written straight into the
 * appointment table: the EXCLUDE constraint judges it as it judges the booking workflow's inserts.
 */
async function copyVisit(client: Client, id: string, newId: string, shift: string): Promise<void> {
  await client.query(
    `INSERT INTO appointment
     SELECT (jsonb_populate_record(NULL::appointment, to_jsonb(a) || jsonb_build_object(
       'id', $2::text, 'created_at', now(), 'updated_at', now(),
       'starts_at', a.starts_at + $3::interval, 'ends_at', a.ends_at + $3::interval,
       'blocked_from', a.blocked_from + $3::interval, 'blocked_until', a.blocked_until + $3::interval))).*
     FROM appointment a WHERE a.id = $1`,
    [id, newId, shift]
  )
}

/** Business as usual after the noted time: another visit booked, a product renamed. */
export async function writeAfterMark(client: Client, shop: DrillShop): Promise<void> {
  await copyVisit(client, shop.appointment_id, AFTER_MARK_VISIT_ID, "7 days")
  await client.query(`UPDATE product SET title = title || $2 WHERE handle = $1`, [AFTER_MARK_PRODUCT, AFTER_MARK_SUFFIX])
}

/** The mistake: the order (its items, summary and shipping go with it), the visit, and every closure. */
export async function makeMistake(client: Client, shop: DrillShop): Promise<void> {
  await client.query("BEGIN")
  await client.query(`DELETE FROM "order" WHERE id = $1`, [shop.order_id])
  await client.query(`DELETE FROM appointment WHERE id = $1`, [shop.appointment_id])
  await client.query(`DELETE FROM booking_closure`)
  await client.query("COMMIT")
}

export type RestoredShop = {
  order: { id: string; display_id: number } | undefined
  visit: { id: string; technician_id: string } | undefined
  counts: RowCounts
  /** What was written after the noted time and is found in the restored copy (none expected). */
  afterMark: string[]
  /** SQLSTATE and constraint of an overlapping copy of the visit, or "accepted". */
  overlap: { code: string; constraint?: string }
}

export async function readRestoredShop(client: Client, shop: DrillShop): Promise<RestoredShop> {
  const { rows: [order] } = await client.query<{ id: string; display_id: number }>(`SELECT id, display_id FROM "order" WHERE id = $1 AND display_id = $2`, [shop.order_id, shop.order_display_id])
  const { rows: [visit] } = await client.query<{ id: string; technician_id: string }>(`SELECT id, technician_id FROM appointment WHERE id = $1`, [shop.appointment_id])
  const afterMark: string[] = []
  if ((await client.query(`SELECT 1 FROM appointment WHERE id = $1`, [AFTER_MARK_VISIT_ID])).rowCount) afterMark.push("the visit booked after the mark")
  if ((await client.query(`SELECT 1 FROM product WHERE handle = $1 AND title LIKE $2`, [AFTER_MARK_PRODUCT, `%${AFTER_MARK_SUFFIX}`])).rowCount) {
    afterMark.push("the product renamed after the mark")
  }
  const counts = await countRows(client)
  let overlap: RestoredShop["overlap"] = { code: "accepted" }
  try {
    // Half an hour into the restored visit, same technician.
    await copyVisit(client, shop.appointment_id, "appt_restore_drill_overlap", "30 minutes")
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string }
    overlap = { code: String(code), constraint }
  }
  return { order, visit, counts, afterMark, overlap }
}

/** Why the restored copy is not the shop as at the noted time; empty when it is. */
export function restoreProblems(shop: DrillShop, countsAtMark: RowCounts, restored: RestoredShop): string[] {
  const problems: string[] = []
  if (!restored.order) problems.push(`order ${shop.order_id} (#${shop.order_display_id}) is missing`)
  if (restored.visit?.technician_id !== shop.technician_id) problems.push(`visit ${shop.appointment_id} is missing or moved`)
  const differing = COUNTED_TABLES.filter((table) => restored.counts[table] !== countsAtMark[table])
  if (differing.length) problems.push(`row counts differ: ${differing.map((table) => `${table} ${restored.counts[table]} (${countsAtMark[table]} at the mark)`).join(", ")}`)
  if (restored.afterMark.length) problems.push(`written after the mark, yet restored: ${restored.afterMark.join(", ")}`)
  if (restored.overlap.code !== "23P01") problems.push(`an overlapping visit was not refused by the EXCLUDE constraint (${restored.overlap.code})`)
  return problems
}
