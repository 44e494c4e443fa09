/**
 * What the SATIM provider keeps on a Medusa payment session. Medusa merges the data a storefront
 * sends when it creates a session into the session's data, so the provider first overwrites every
 * key below with null: from then on only the server (the start-payment workflow) writes them, and
 * authorisation also checks they were written for this very session. `deposit_checked` is set by
 * the settlement that has just asked SATIM and found the deposit paid, so that authorising the
 * order does not ask again; it is cleared before that deposit is ever refunded.
 */
export type SatimSessionData = {
  session_id: string | null
  satim_order_id: string | null
  order_number: string | null
  amount_centimes: number | null
  language: string | null
  deposit_checked: boolean | null
}

export const EMPTY_SATIM_SESSION_DATA: SatimSessionData = {
  session_id: null,
  satim_order_id: null,
  order_number: null,
  amount_centimes: null,
  language: null,
  deposit_checked: null,
}

export type RegisteredSatimSession = { [K in keyof SatimSessionData]: NonNullable<SatimSessionData[K]> }

/** The registration written for `sessionId`, or undefined (nothing registered, or written for another session). */
export function registeredSession(data: Record<string, unknown> | undefined, sessionId: unknown): RegisteredSatimSession | undefined {
  if (!data || typeof sessionId !== "string" || data.session_id !== sessionId) return undefined
  const { satim_order_id, order_number, amount_centimes, language } = data
  if (typeof satim_order_id !== "string" || typeof order_number !== "string" || typeof language !== "string") return undefined
  if (typeof amount_centimes !== "number" || !Number.isSafeInteger(amount_centimes)) return undefined
  return { session_id: sessionId, satim_order_id, order_number, amount_centimes, language, deposit_checked: data.deposit_checked === true }
}

/** What a card session holds once a SATIM page is registered for it (the start writes it, settlement may re-point it). */
export const sessionRegistration = (
  sessionId: string,
  page: { satim_order_id: string; order_number: string; amount_centimes: number; language: string },
  depositChecked = false
): RegisteredSatimSession => ({
  session_id: sessionId,
  satim_order_id: page.satim_order_id,
  order_number: page.order_number,
  amount_centimes: page.amount_centimes,
  language: page.language,
  deposit_checked: depositChecked,
})
