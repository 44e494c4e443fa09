/**
 * What a request may not carry, whatever the route: a NUL character (PostgreSQL refuses it in text
 * and jsonb, which surfaced as a 500), nesting deeper than any form of ours (the workflow engine
 * copies its input recursively and overflowed the stack at a few thousand levels), and an offset or
 * limit that is not a whole number from 0 (PostgreSQL and knex refuse those with a 500).
 * Walked iteratively, so a hostile body cannot overflow this check either.
 */
export const MAX_INPUT_DEPTH = 32
const MAX_PAGE_NUMBER = 2_147_483_647

export type InputProblem = { field: string; problem: "nul_character" | "too_deep" | "not_a_page_number" | "page_too_large" | "not_a_locale" }

/** The most rows one Store API page may ask for: a catalogue is read page by page, never whole. */
export const MAX_STORE_PAGE_SIZE = 100

const hasNul = (text: string) => text.includes("\u0000")

/** The first problem in a parsed body or query string, or null. `where` names it in the message. */
export function inputShapeProblem(input: unknown, where: string, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: where, depth: 0 }]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      if (hasNul(value)) return { field: path, problem: "nul_character" }
      continue
    }
    if (value === null || typeof value !== "object") continue
    if (depth >= maxDepth) return { field: path, problem: "too_deep" }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (hasNul(key)) return { field: path, problem: "nul_character" }
      stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 })
    }
  }
  return null
}

/** `offset` and `limit`, when given, must be whole numbers from 0. */
export function pageProblem(query: Record<string, unknown>, maxLimit = MAX_PAGE_NUMBER): InputProblem | null {
  for (const field of ["offset", "limit"]) {
    const value = query[field]
    if (value === undefined) continue
    const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : null
    if (text === null || !/^\d{1,10}$/.test(text) || Number(text) > MAX_PAGE_NUMBER) return { field, problem: "not_a_page_number" }
    if (field === "limit" && Number(text) > maxLimit) return { field, problem: "page_too_large" }
  }
  return null
}

/** A BCP 47 language tag as Medusa's translations use them ("ar-DZ", "fr", "zh-Hans-CN"). */
const LOCALE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/

/** `locale`, when given, must be one language tag. */
export function localeProblem(query: Record<string, unknown>): InputProblem | null {
  const value = query.locale
  if (value === undefined) return null
  return typeof value === "string" && LOCALE_TAG.test(value) ? null : { field: "locale", problem: "not_a_locale" }
}

/**
 * The Store API's `?locale=` in a raw request URL: Medusa reads it as a string before every /store
 * route (its applyLocale middleware), so a repeated or bracketed one (`locale=a&locale=b`,
 * `locale[]=a`, which Express parses into an array or object) threw there and left the request
 * hanging. Only one plain language tag passes.
 */
export function localeQueryProblem(url: string): InputProblem | null {
  const queryStart = url.indexOf("?")
  if (queryStart < 0 || !url.startsWith("/store")) return null
  const params = new URLSearchParams(url.slice(queryStart + 1))
  const keys = [...params.keys()].filter((key) => key === "locale" || key.startsWith("locale["))
  if (!keys.length) return null
  if (keys.length > 1 || keys[0] !== "locale") return { field: "locale", problem: "not_a_locale" }
  return localeProblem({ locale: params.get("locale") })
}

/** The sentence a person can act on. */
export function describeInputProblem({ field, problem }: InputProblem): string {
  switch (problem) {
    case "nul_character":
      return `${field} contains a NUL character, which is never valid here.`
    case "too_deep":
      return `${field} is nested more than ${MAX_INPUT_DEPTH} levels deep.`
    case "not_a_page_number":
      return `${field} must be a whole number from 0.`
    case "page_too_large":
      return `${field} may be at most ${MAX_STORE_PAGE_SIZE}: read the next page with offset.`
    case "not_a_locale":
      return `${field} must be one language tag, such as ar-DZ.`
  }
}
