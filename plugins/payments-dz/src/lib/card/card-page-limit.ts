/**
 * How many card pages one cart may open, SATIM's and Chargily's together: each page is a place where a stolen card can be
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

/** What a card gateway's module offers the shared per-cart limit: when it opened the cart's pages since a date. */
export type CardPagesCounter = { cardPagesOpenedSince(cartId: string, since: Date): Promise<Date[]> }

/** A cart's allowance over the pages of every gateway (`counters`): a cart that used its SATIM pages gets no Chargily ones. */
export async function cartCardPageAllowance(counters: readonly CardPagesCounter[], cartId: string, now = new Date()): Promise<CardPageAllowance> {
  const since = new Date(now.getTime() - CARD_PAGE_WINDOW_MS)
  const opened = await Promise.all(counters.map((counter) => counter.cardPagesOpenedSince(cartId, since)))
  return cardPageAllowance(opened.flat(), now)
}
