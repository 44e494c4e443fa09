import crypto from "node:crypto"

/** The header Chargily signs its webhooks in: hex HMAC-SHA256 of the raw body, keyed with the API secret key. */
export const CHARGILY_SIGNATURE_HEADER = "signature"

/** The signature Chargily sends for this exact body (the simulator signs with it too). */
export function chargilySignature(rawBody: Buffer | string, secretKey: string): string {
  return crypto.createHmac("sha256", secretKey).update(rawBody).digest("hex")
}

/**
 * Whether `signature` is Chargily's for these exact bytes. Compared in constant time over the
 * digest's 32 bytes; anything that is not 64 hex digits is refused before any comparison. (The
 * SDK's own verifySignature logs to the console and throws: not used.)
 */
export function isChargilySignatureValid(rawBody: Buffer | undefined, signature: unknown, secretKey: string): boolean {
  if (!Buffer.isBuffer(rawBody) || typeof signature !== "string" || !/^[0-9a-fA-F]{64}$/.test(signature)) return false
  const expected = crypto.createHmac("sha256", secretKey).update(rawBody).digest()
  return crypto.timingSafeEqual(Buffer.from(signature, "hex"), expected)
}
