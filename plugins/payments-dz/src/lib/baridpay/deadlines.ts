/**
 * When an order still without its BaridiMob reference is reminded, then cancelled: hours after it
 * was placed. Defaults: a reminder after 24 h, cancellation after 72 h (stock comes back).
 */
export type BaridpayDeadlines = { reminder_after_hours: number; cancel_after_hours: number }

export const DEFAULT_BARIDPAY_DEADLINES: BaridpayDeadlines = { reminder_after_hours: 24, cancel_after_hours: 72 }

const HOUR_MS = 3_600_000

/** Settings from the environment (BARIDPAY_REMINDER_HOURS, BARIDPAY_CANCEL_HOURS); a bad value falls back to the default. */
export function baridpayDeadlines(env: Record<string, string | undefined>): BaridpayDeadlines {
  const hours = (value: string | undefined, fallback: number) => {
    const parsed = Number(value)
    return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
  }
  const reminder = hours(env.BARIDPAY_REMINDER_HOURS, DEFAULT_BARIDPAY_DEADLINES.reminder_after_hours)
  const cancel = hours(env.BARIDPAY_CANCEL_HOURS, DEFAULT_BARIDPAY_DEADLINES.cancel_after_hours)
  // A reminder after the cancellation would never be read.
  return { reminder_after_hours: Math.min(reminder, cancel), cancel_after_hours: cancel }
}

export type WaitingOrder = { placed_at: Date; reference_sent: boolean; reminded: boolean }

/** What the job does now with an order waiting for its reference: nothing, a reminder, or cancel it. */
export function dueBaridpayAction(order: WaitingOrder, now: Date, deadlines: BaridpayDeadlines): "remind" | "cancel" | null {
  if (order.reference_sent) return null
  const age = now.getTime() - order.placed_at.getTime()
  if (age >= deadlines.cancel_after_hours * HOUR_MS) return "cancel"
  if (!order.reminded && age >= deadlines.reminder_after_hours * HOUR_MS) return "remind"
  return null
}
