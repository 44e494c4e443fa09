/**
 * The storefront's Content-Security-Policy: scripts only from our origin with this request's nonce
 * ('strict-dynamic' lets Next's nonce'd loader bring its chunks), no inline script, no style
 * attribute, no framing. Development relaxes styles and eval because Turbopack's hot reload injects
 * nonce-less <style> tags and evaluates modules. Product pictures come from Medusa's file storage,
 * whose origin is allowed for images only. Workers (the payment captcha's) come from our origin only.
 */
export function contentSecurityPolicy(nonce: string, development: boolean, imageOrigins: string[] = []): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' blob: data:${imageOrigins.map((origin) => ` ${origin}`).join("")}`,
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // The payment captcha computes in a worker served from our origin (public/vendor).
    "worker-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  return directives.join("; ")
}

export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64")
}

/** Origins of the product pictures: Medusa's (local file storage) and MEDIA_URL's when a CDN serves them. */
export function imageOriginsFrom(env: Record<string, string | undefined>): string[] {
  return [env.MEDUSA_BACKEND_URL, env.MEDIA_URL]
    .filter((url): url is string => Boolean(url))
    .flatMap((url) => {
      try {
        return [new URL(url).origin]
      } catch {
        return []
      }
    })
}
