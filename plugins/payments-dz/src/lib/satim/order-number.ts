import crypto from "node:crypto"

/**
 * Our reference for one SATIM payment attempt: unique, at most 10 characters (SATIM's limit).
 * Ten random digits: a database unique index catches the rare repeat and the caller draws again.
 */
export const ORDER_NUMBER_PATTERN = /^\d{10}$/

export function newOrderNumber(randomInt: (max: number) => number = crypto.randomInt): string {
  let digits = ""
  while (digits.length < 10) digits += String(randomInt(10))
  return digits
}
