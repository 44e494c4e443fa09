/**
 * The payment reference the customer types in BaridiMob's note so the office can match the transfer:
 * "BP-" + the order number + "-" + a check letter (a typo in the number is caught). Short, upper case,
 * from an alphabet without look-alikes (no I, O, L, U).
 */
const CHECK_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ"

function checkLetter(digits: string): string {
  // Weighted by position so that swapped digits change the letter too.
  let sum = 0
  for (let index = 0; index < digits.length; index++) sum += (index + 2) * Number(digits[index])
  return CHECK_ALPHABET[sum % CHECK_ALPHABET.length]!
}

export function baridpayReference(displayId: number): string {
  if (!Number.isInteger(displayId) || displayId < 1) throw new RangeError(`Not an order number: ${displayId}`)
  const digits = String(displayId)
  return `BP-${digits}-${checkLetter(digits)}`
}

/** The order number a typed reference names, or null when it is not one of ours (case and spaces forgiven). */
export function orderNumberOfReference(typed: string): number | null {
  const match = /^BP-?(\d{1,9})-?([A-Z])$/.exec(typed.toUpperCase().replace(/\s+/g, ""))
  if (!match || checkLetter(match[1]!) !== match[2]) return null
  return Number(match[1])
}

/**
 * The BaridiMob transaction reference as the customer copies it from the app's receipt: spaces and
 * dashes dropped, upper case; 6 to 32 letters and digits. Null when it cannot be one.
 */
export function normalizeTransactionReference(typed: string): string | null {
  const compact = typed.replace(/[\s-]+/g, "").toUpperCase()
  return /^[A-Z0-9]{6,32}$/.test(compact) ? compact : null
}
