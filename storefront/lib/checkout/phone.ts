/**
 * Algerian phone numbers as customers type them: "0550 12 34 56", "+213 550123456", "00213550123456",
 * "021 23 45 67". Mobiles are 05/06/07 followed by 8 digits; fixed lines 02x–04x followed by 6.
 * Returns the E.164 form (+213…) or null.
 */
export function normalizeAlgerianPhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "")
  let national: string
  if (/^\+213\d+$/.test(compact)) national = compact.slice(4)
  else if (/^00213\d+$/.test(compact)) national = compact.slice(5)
  else if (/^0\d+$/.test(compact)) national = compact.slice(1)
  else return null
  if (national.startsWith("0")) national = national.slice(1) // "+213 0550…" is common
  if (/^[567]\d{8}$/.test(national) || /^[234]\d{7}$/.test(national)) return `+213${national}`
  return null
}
