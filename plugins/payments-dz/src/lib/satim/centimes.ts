/**
 * SATIM counts in centimes (integers); Medusa passes amounts in dinars, as a number or a decimal
 * string. A float like 2499.9 must become exactly 249990, and an amount with a fraction of a
 * centime is refused rather than silently rounded: a payment is never asked for a different sum.
 */
export class AmountError extends Error {}

const DECIMAL = /^(\d+)(?:\.(\d{1,2})0*)?$/

export function toCentimes(dinars: number | string): number {
  if (typeof dinars === "number") {
    if (!Number.isFinite(dinars) || dinars < 0) throw new AmountError(`Not a payable amount: ${dinars}`)
    const centimes = Math.round(dinars * 100)
    // Float noise (0.1 + 0.2) is tolerated; a real third decimal is not.
    if (Math.abs(centimes - dinars * 100) > 1e-6 * Math.max(1, dinars)) {
      throw new AmountError(`An amount in dinars has at most two decimals: ${dinars}`)
    }
    if (!Number.isSafeInteger(centimes)) throw new AmountError(`Amount too large: ${dinars}`)
    return centimes
  }
  const match = DECIMAL.exec(dinars.trim())
  if (!match) throw new AmountError(`Not a payable amount: "${dinars}"`)
  const centimes = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"))
  if (!Number.isSafeInteger(centimes)) throw new AmountError(`Amount too large: ${dinars}`)
  return centimes
}

/** SATIM refuses smaller card payments. */
export const SATIM_MINIMUM_CENTIMES = 50 * 100

/** The attempt's amount is a PostgreSQL integer column; far above any parts order. */
export const MAXIMUM_CENTIMES = 2_147_483_647
