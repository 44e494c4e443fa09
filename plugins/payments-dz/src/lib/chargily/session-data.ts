/**
 * What the Chargily provider keeps on a Medusa payment session. Medusa merges what a storefront sends
 * into the session's data, so the provider first sets every key below to null: only the server (the
 * start and settle workflows) writes them, and authorisation checks they were written for this very
 * session. `deposit_checked` is set by the settlement that has just found the checkout paid, so that
 * authorising the order does not ask Chargily again; it is cleared before a deposit is given back.
 */
export type ChargilySessionData = {
  session_id: string | null
  checkout_id: string | null
  /** In dinars. */
  amount: number | null
  deposit_checked: boolean | null
}

export const EMPTY_CHARGILY_SESSION_DATA: ChargilySessionData = { session_id: null, checkout_id: null, amount: null, deposit_checked: null }

export type RegisteredChargilySession = { [K in keyof ChargilySessionData]: NonNullable<ChargilySessionData[K]> }

/** The checkout written for `sessionId`, or undefined (nothing written, or written for another session). */
export function registeredChargilySession(data: Record<string, unknown> | undefined, sessionId: unknown): RegisteredChargilySession | undefined {
  if (!data || typeof sessionId !== "string" || data.session_id !== sessionId) return undefined
  const { checkout_id, amount } = data
  if (typeof checkout_id !== "string" || typeof amount !== "number" || !Number.isSafeInteger(amount)) return undefined
  return { session_id: sessionId, checkout_id, amount, deposit_checked: data.deposit_checked === true }
}

export const chargilySessionRegistration = (sessionId: string, checkout: { checkout_id: string; amount: number }, depositChecked = false): RegisteredChargilySession => ({
  session_id: sessionId,
  checkout_id: checkout.checkout_id,
  amount: checkout.amount,
  deposit_checked: depositChecked,
})
