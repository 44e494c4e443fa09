/**
 * Failure drill: PostgreSQL stopped for 30 s while customers book repair visits, against the
 * production build (one server and one worker on Redis, a throwaway PostgreSQL 16: drill-stack.ts).
 * While it is away every request is answered within seconds (503 with Retry-After, never a hang,
 * never a 500) and nothing is half-done: every 201 is one visit, and no refused booking left one
 * behind. Once it is back, bookings succeed again with no restart of anything.
 * Run with `npm run drill:failures` (not part of npm test).
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { withClient } from "../lib/database"
import { startDrillStack, storeCall, tally, type DrillAnswer, type DrillStack } from "../lib/drill-stack"
import { waitFor } from "../lib/ports"
import { skipWithoutRedis } from "../lib/production-stack"
import { algiersDate } from "../../backend/integration-tests/helpers/booking-fixture"

const OUTAGE_MS = 30_000
/** A request's answer may take the API's wait for a database connection (8 s) and a little more; never a minute. */
const LONGEST_ANSWER_MS = 12_000
/** After PostgreSQL is back, bookings must succeed again within this delay. */
const RECOVERY_MS = 15_000
const seconds = (ms: number) => (ms / 1000).toFixed(1)

type Booking = DrillAnswer & { tag: string; sentAt: number }

describe("PostgreSQL away for 30 s during bookings", { timeout: 900_000, skip: skipWithoutRedis() }, () => {
  let stack: DrillStack

  before(async () => {
    stack = await startDrillStack({ servers: 1, workers: 1 })
  })

  after(async () => {
    await stack?.stop()
  })

  it("answers 503 within seconds while it is away, loses or doubles no visit, and books again once it is back", async () => {
    const read = async (url: string) => (await storeCall(stack, "GET", url, "198.51.100.200")).body
    const zone = (await read("/store/booking/zones")).zones.find((each: { handle: string }) => each.handle === "boumerdes").id
    const fault = (await read("/store/booking/fault-types")).fault_types.find((each: { handle: string }) => each.handle === "pas-de-chauffage").id
    const slots: string[] = (await read(`/store/booking/slots?zone_id=${zone}&fault_type_id=${fault}&from=${algiersDate(1)}&to=${algiersDate(30)}`)).slots.map(
      (slot: { start: string }) => slot.start
    )
    assert.ok(slots.length > 100, `${slots.length} slots offered`)

    const bookings: Booking[] = []
    let pausedAt = 0
    let resumedAt = 0
    const finished = () => resumedAt > 0 && Date.now() > resumedAt + RECOVERY_MS + 10_000

    // Three customers, each booking the next free slot 200 ms after their last answer, under a tag of their own.
    const customer = async (who: number) => {
      for (let attempt = 0; !finished() && slots.length; attempt++) {
        const tag = `panne-${who}-${attempt}`
        const sentAt = Date.now()
        const answer = await storeCall(stack, "POST", "/store/booking/appointments", `198.51.100.${who + 1}`, {
          zone_id: zone,
          fault_type_id: fault,
          starts_at: slots.shift(),
          contact: { first_name: "Client", last_name: tag, phone: "0661000000", email: `${tag}@example.dz` },
          address: { address_1: "3 rue Larbi Ben M'hidi", commune: "Boumerdes", wilaya_code: "35" },
          description: "La chaudière se met en sécurité, code F28.",
        })
        bookings.push({ ...answer, tag, sentAt })
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    const outage = async () => {
      assert.ok(await waitFor(async () => bookings.filter((booking) => booking.status === 201).length >= 5, 60_000, 100), "no booking went through before the outage")
      pausedAt = Date.now()
      await stack.database.pause()
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS))
      await stack.database.resume()
      resumedAt = Date.now()
    }
    await Promise.all([customer(0), customer(1), customer(2), outage()])

    const answeredAt = (booking: Booking) => booking.sentAt + booking.ms
    const during = bookings.filter((booking) => booking.sentAt > pausedAt + 1_000 && answeredAt(booking) < resumedAt)
    const afterwards = bookings.filter((booking) => booking.sentAt > resumedAt)
    const firstBack = afterwards.find((booking) => booking.status === 201)
    process.stdout.write(
      `# ${bookings.length} bookings sent: before ${tally(bookings.filter((booking) => booking.sentAt < pausedAt))}; during ${tally(during)}; ` +
        `after ${tally(afterwards)}; slowest answer ${seconds(Math.max(...bookings.map((booking) => booking.ms)))} s; ` +
        `first booking ${firstBack ? seconds(answeredAt(firstBack) - resumedAt) : "never"} s after PostgreSQL was back\n`
    )

    // Every request had an answer, soon, and a clear one: booked, slot taken, or "try again in a moment".
    assert.deepEqual(bookings.filter((booking) => booking.status === 0).map((booking) => booking.code), [])
    assert.ok(Math.max(...bookings.map((booking) => booking.ms)) <= LONGEST_ANSWER_MS, "an answer took too long")
    assert.deepEqual(bookings.filter((booking) => ![201, 409, 503].includes(booking.status)).map((booking) => `${booking.tag}: ${booking.status} ${booking.code}`), [])
    assert.ok(bookings.filter((booking) => booking.status === 503).every((booking) => booking.type === "unavailable" && booking.retryAfter! > 0), "a 503 without Retry-After")
    assert.ok(during.length > 0 && during.every((booking) => booking.status === 503), `during the outage: ${tally(during)}`)
    // Back by itself, and for good.
    assert.ok(firstBack && answeredAt(firstBack) - resumedAt <= RECOVERY_MS, "bookings did not come back")
    const settled = afterwards.filter((booking) => booking.sentAt > resumedAt + RECOVERY_MS)
    assert.ok(settled.length > 0 && settled.every((booking) => booking.status === 201 || booking.status === 409), `after recovery: ${tally(settled)}`)
    assert.ok(!/stopping the cluster|died/.test(stack.output()), "a process of the cluster stopped")

    // Nothing lost, nothing doubled, nothing half-done: the visits are exactly the 201s.
    const visits = await withClient(stack.databaseUrl, async (client) =>
      (await client.query<{ tag: string }>("SELECT contact_last_name AS tag FROM appointment WHERE contact_last_name LIKE 'panne-%' AND deleted_at IS NULL")).rows.map((row) => row.tag)
    )
    assert.deepEqual(visits.sort(), bookings.filter((booking) => booking.status === 201).map((booking) => booking.tag).sort())
  })
})
