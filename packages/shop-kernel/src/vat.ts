/**
 * VAT (TVA) on tax-included prices, in centimes (integers) so that nothing is lost to floats. Shop
 * prices are TTC (Medusa's region is tax-inclusive): each line's TTC is what the customer paid, its HT
 * is derived and rounded to the centime (half away from zero), and its TVA is the rest, so that
 * HT + TVA = TTC on every line. Totals are the sums of the lines, never recomputed from the total
 * TTC: the invoice's columns then add up exactly (the total TVA may differ by a centime or two from
 * 19 % of the total HT, as on any invoice rounded per line).
 */

/** The standard Algerian VAT rate, in percent. */
export const STANDARD_VAT_RATE = 19

export type VatLine = { ttc: number; ht: number; tva: number; rate: number }
export type VatTotals = { ttc: number; ht: number; tva: number }

/** Integer division rounded half away from zero (`numerator` may be negative, `denominator` > 0). */
function divideRounded(numerator: number, denominator: number): number {
  const quotient = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator))
  return numerator < 0 ? -quotient : quotient
}

/** One line: its TTC in centimes (an integer, negative for a line that takes off) split at `rate` percent. */
export function splitTaxIncluded(ttcCentimes: number, rate: number = STANDARD_VAT_RATE): VatLine {
  // The integer arithmetic below multiplies by 20 000: amounts stay far below that limit (4.5e11 centimes).
  if (!Number.isSafeInteger(ttcCentimes) || !Number.isSafeInteger(ttcCentimes * 20_000)) throw new RangeError(`Not an amount in centimes: ${ttcCentimes}`)
  if (!Number.isInteger(rate * 100) || rate < 0 || rate > 100) throw new RangeError(`Not a VAT rate in percent: ${rate}`)
  // HT = TTC × 100 / (100 + rate), with the rate in hundredths of a percent to stay in integers.
  const basisPoints = Math.round(rate * 100)
  const ht = divideRounded(ttcCentimes * 10_000, 10_000 + basisPoints)
  return { ttc: ttcCentimes, ht, tva: ttcCentimes - ht, rate }
}

/** The totals of an invoice: the sums of its lines. */
export function vatTotals(lines: readonly VatLine[]): VatTotals {
  return lines.reduce((sum, line) => ({ ttc: sum.ttc + line.ttc, ht: sum.ht + line.ht, tva: sum.tva + line.tva }), { ttc: 0, ht: 0, tva: 0 })
}
