/** Checks on what a cart form sends (shared by the actions; pure, so they are unit-tested). */
export const VARIANT_ID = /^variant_[0-9A-Z]{26}$/
export const MAX_LINE_QUANTITY = 99

/** A whole number of units from 1 to 99, or null. */
export function readQuantity(value: FormDataEntryValue | null): number | null {
  if (typeof value !== "string" || !/^\d{1,3}$/.test(value.trim())) return null
  const quantity = Number(value.trim())
  return quantity >= 1 && quantity <= MAX_LINE_QUANTITY ? quantity : null
}
