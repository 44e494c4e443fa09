/**
 * How many SMS segments a text costs, as the carriers count it (3GPP TS 23.038 / 23.040):
 * GSM-7 when every character is in the GSM 7-bit default alphabet (the extension table's
 * characters take two septets: an escape, then the character), otherwise UCS-2, counted in UTF-16
 * code units (an emoji is two). One segment holds 160 septets or 70 code units; a longer text is
 * sent in parts whose header leaves 153 or 67. Gateways never split an escaped character or a
 * surrogate pair across two parts, so those count as one indivisible unit of two when packing.
 *
 * Hand-written rather than taken from a library: the rules fit in these tables, and the one
 * well-kept calculator on npm (Twilio's sms-segments-calculator) splits by grapheme and rewrites
 * "smart" characters, which is its gateway's behaviour, not the plain carrier count we budget for.
 */

export type SmsEncoding = "GSM-7" | "UCS-2"

export type SmsCount = {
  encoding: SmsEncoding
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number
  segments: number
}

/** The GSM 7-bit default alphabet, minus the escape (0x1B) that introduces the extension table. */
const GSM_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
/** The extension table's characters: an escape and the character, two septets each. */
const GSM_EXTENSION = new Set("\f^{}\\[~]|€")

/** Capacity of one segment: alone, or as a part of a longer message (the part header takes the rest). */
export const SMS_CAPACITY: Record<SmsEncoding, { single: number; part: number }> = {
  "GSM-7": { single: 160, part: 153 },
  "UCS-2": { single: 70, part: 67 },
}

export function smsEncoding(text: string): SmsEncoding {
  for (const char of text) if (!GSM_BASIC.has(char) && !GSM_EXTENSION.has(char)) return "UCS-2"
  return "GSM-7"
}

/** The size of each character in units: 1, or 2 for an escaped GSM character or a UTF-16 surrogate pair. */
function unitSizes(text: string, encoding: SmsEncoding): number[] {
  // for…of walks code points: an astral character (emoji) comes as one, two code units long.
  return Array.from(text, (char) => (encoding === "GSM-7" ? (GSM_EXTENSION.has(char) ? 2 : 1) : char.length))
}

/** Encoding, size and segments of a text. An empty text still goes out as one (empty) segment. */
export function countSms(text: string): SmsCount {
  const encoding = smsEncoding(text)
  const sizes = unitSizes(text, encoding)
  const units = sizes.reduce((sum, size) => sum + size, 0)
  const capacity = SMS_CAPACITY[encoding]
  if (units <= capacity.single) return { encoding, units, segments: 1 }
  let segments = 1
  let used = 0
  for (const size of sizes) {
    if (used + size > capacity.part) {
      segments += 1
      used = size
    } else {
      used += size
    }
  }
  return { encoding, units, segments }
}
