/**
 * Where the pages after the first start, when the first page of a list told its `count` and came back
 * with `firstPageLength` rows (Medusa may give fewer than asked: its own ceiling then sets the step).
 * The pages after the first are then read side by side rather than one after the other.
 */
export function remainingPageOffsets(count: number, firstPageLength: number): number[] {
  if (firstPageLength <= 0) return []
  const offsets: number[] = []
  for (let offset = firstPageLength; offset < count; offset += firstPageLength) offsets.push(offset)
  return offsets
}
