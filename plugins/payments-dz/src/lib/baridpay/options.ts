/**
 * Where the customer sends the money: the merchant's RIP (the CCP account's 20 digits, as BaridiMob
 * asks for it) and the QR code BaridiMob scans (an image address, or the QR's text payload, which the
 * storefront draws). Both come from the environment (BARIDPAY_RIP, BARIDPAY_QR_URL or BARIDPAY_QR_PAYLOAD).
 */
export type BaridpayOptions = { rip: string; qr_url: string | null; qr_payload: string | null }

export function readBaridpayOptions(raw: Record<string, unknown>): BaridpayOptions {
  const rip = String(raw.rip ?? "").replace(/\s+/g, "")
  if (!/^\d{20}$/.test(rip)) throw new Error("BARIDPAY_RIP must be the 20 digits of the CCP account's RIP (spaces allowed).")
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)
  const qr_url = text(raw.qr_url)
  if (qr_url && !/^https?:\/\//.test(qr_url)) throw new Error("BARIDPAY_QR_URL must be a web address (https://…).")
  return { rip, qr_url, qr_payload: text(raw.qr_payload) }
}
