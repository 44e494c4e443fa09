/**
 * How many card pages (SATIM or Chargily) one cart may open: each page is a place where a stolen card can be
 * tried, so a cart gets a few per window (a customer who mistyped a card twice still pays) and then
 * waits. Counted from the attempts recorded in the database, so every server agrees.
 */
export const CARD_PAGES_PER_CART = 3
export const CARD_PAGE_WINDOW_MS = 15 * 60_000

export type CardPageAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Whether one more card page may open now, given when the cart's earlier pages were opened. */
export function cardPageAllowance(openedAt: readonly Date[], now: Date, limit = CARD_PAGES_PER_CART, windowMs = CARD_PAGE_WINDOW_MS): CardPageAllowance {
  const windowStart = now.getTime() - windowMs
  const recent = openedAt
    .map((date) => date.getTime())
    .filter((time) => time > windowStart && time <= now.getTime())
    .sort((a, b) => b - a)
  if (recent.length < limit) return { allowed: true }
  // A page opens again once the limit-th most recent opening leaves the window.
  const freedAt = recent[limit - 1]! + windowMs
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)) }
}

/** A cart's allowance from the module that records its pages: `openedSince` lists the cart's pages opened after a date. */
export async function cartCardPageAllowance(openedSince: (since: Date) => Promise<ReadonlyArray<{ created_at: Date | string }>>, now = new Date()): Promise<CardPageAllowance> {
  const recent = await openedSince(new Date(now.getTime() - CARD_PAGE_WINDOW_MS))
  return cardPageAllowance(
    recent.map((page) => new Date(page.created_at)),
    now
  )
}

/** What a card gateway's module offers the shared per-cart limit (workflows/card/steps/limit-card-pages.ts). */
export type CardPagesCounter = { cardPageAllowance(cartId: string, now?: Date): Promise<CardPageAllowance> }
