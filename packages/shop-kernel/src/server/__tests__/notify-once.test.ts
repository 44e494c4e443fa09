import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { failedTryKey, notifyOnce } from "../notify-once"

type Row = { id: string; idempotency_key: string; status: "success" | "failure" }
type Entry = { to: string; idempotency_key?: string }

/**
 * A stand-in for Medusa's notification module with the rows it would hold. What notifyOnce must do to
 * them is what is tested; Medusa's own resending is proved by the SMTP drill (scripts/drills/smtp-away.drill.ts).
 */
function moduleWith(rows: Row[]) {
  const calls: string[] = []
  return {
    calls,
    rows,
    listNotifications: async (query: object) => {
      const filters = query as { idempotency_key: string[]; status: string }
      calls.push(`list ${filters.idempotency_key.join(",")}`)
      return rows.filter((row) => filters.idempotency_key.includes(row.idempotency_key) && row.status === filters.status)
    },
    updateNotifications: async (changes: Array<{ id: string; idempotency_key: string }>) => {
      calls.push(`update ${changes.map((change) => change.idempotency_key).join(",")}`)
      for (const change of changes) rows.find((row) => row.id === change.id)!.idempotency_key = change.idempotency_key
    },
    createNotifications: async (entries: Entry[]) => {
      calls.push(`create ${entries.map((entry) => entry.idempotency_key ?? "-").join(",")}`)
      return entries
    },
  }
}

describe("notifyOnce", () => {
  it("moves a failed try's row aside (keeping it) before Medusa sends again under the key", async () => {
    const notifications = moduleWith([
      { id: "noti_1", idempotency_key: "order-placed-order_1", status: "failure" },
      { id: "noti_2", idempotency_key: "order-shipped-ful_1", status: "success" },
    ])
    await notifyOnce(notifications, [{ to: "a@example.dz", idempotency_key: "order-placed-order_1" }, { to: "a@example.dz", idempotency_key: "order-shipped-ful_1" }])
    assert.deepEqual(notifications.calls, [
      "list order-placed-order_1,order-shipped-ful_1",
      "update order-placed-order_1#failed-noti_1",
      "create order-placed-order_1,order-shipped-ful_1",
    ])
    assert.equal(notifications.rows[0]!.idempotency_key, failedTryKey({ id: "noti_1", idempotency_key: "order-placed-order_1" }))
    // A sent one keeps its key: Medusa then skips it.
    assert.equal(notifications.rows[1]!.idempotency_key, "order-shipped-ful_1")
  })

  it("changes nothing when no try failed, and reads nothing for a notification without a key", async () => {
    const notifications = moduleWith([])
    await notifyOnce(notifications, { to: "a@example.dz", idempotency_key: "password-reset-abc" })
    await notifyOnce(notifications, { to: "a@example.dz" })
    assert.deepEqual(notifications.calls, ["list password-reset-abc", "create password-reset-abc", "create -"])
  })
})
