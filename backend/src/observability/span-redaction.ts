/**
 * What a trace may not carry. Medusa's HTTP span copies every request header into its attributes
 * (`authorization`, `cookie`…) and names a span by its raw URL when no route matched, query string
 * included (an order link's `token`), and an SQL statement may hold its values inline (an e-mail
 * address, a key). Before a span leaves the process, values under a secret-looking name are replaced,
 * and so are secret-looking query parameters inside URL-looking values and every SQL string literal.
 */
const SECRET_NAME = /pass(word)?|token|secret|authorization|cookie|captcha|signature|api[-_]?key|session|otp|code_verifier/i
/** A URL or a path (as in a span name such as "GET /store/x?token=…") followed by its query string. */
const URL_WITH_QUERY = /((?:https?:\/\/|\/)[^\s?#]*\?)([^\s#]*)/g
const SQL_TEXT = /^db\.(statement|query\.text)$/
/** A quoted SQL string ('it''s' included) or dollar-quoted one. */
const SQL_STRING = /'(?:[^']|'')*'|\$\$[\s\S]*?\$\$/g
export const REDACTED = "[redacted]"

type AttributeValue = string | number | boolean | Array<null | undefined | string | number | boolean> | undefined

function redactedQuery(query: string): string {
  return query
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=")
      if (equals < 0) return pair
      let name = pair.slice(0, equals)
      try {
        name = decodeURIComponent(name.replace(/\+/g, " "))
      } catch {
        // A malformed escape: judge the name as written.
      }
      return SECRET_NAME.test(name) ? `${pair.slice(0, equals)}=${encodeURIComponent(REDACTED)}` : pair
    })
    .join("&")
}

/** Text with the values of secret-looking query parameters replaced in every URL or path it holds; the rest unchanged. */
export function redactedUrl(value: string): string {
  return value.includes("?") ? value.replace(URL_WITH_QUERY, (_, head: string, query: string) => `${head}${redactedQuery(query)}`) : value
}

/** The statement with every string literal replaced by '?', as OpenTelemetry's conventions advise. */
export function sqlWithoutLiterals(statement: string): string {
  return statement.replace(SQL_STRING, "'?'")
}

function redactedValue(value: AttributeValue): AttributeValue {
  if (typeof value === "string") return redactedUrl(value)
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? redactedUrl(item) : item))
  return value
}

export function redactedAttributes<T extends Record<string, AttributeValue>>(attributes: T): T {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => {
      if (SECRET_NAME.test(key)) return [key, REDACTED]
      if (SQL_TEXT.test(key) && typeof value === "string") return [key, sqlWithoutLiterals(value)]
      return [key, redactedValue(value)]
    }),
  ) as T
}
