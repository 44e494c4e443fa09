/**
 * The handle of a zone or a fault type (its stable name in URLs and the seed): the French name in
 * lower case, without accents, words joined by dashes ("Blida et Tipaza" → "blida-et-tipaza").
 */
export const HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

export function handleFrom(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "")
}
