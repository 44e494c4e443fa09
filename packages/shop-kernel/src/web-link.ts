/**
 * The only addresses that may become a link in a customer's e-mail or page: absolute http(s) URLs.
 * Anything else (javascript:, data:, a bare word) is shown as text, never as an href.
 */
export function webLink(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return null
  try {
    const url = new URL(value.trim())
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null
  } catch {
    return null
  }
}

export const isWebLink = (value: unknown): boolean => webLink(value) !== null
