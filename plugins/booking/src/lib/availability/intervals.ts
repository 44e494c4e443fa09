/** Half-open time intervals [start, end) in epoch milliseconds, and the algebra slots need. */
export type Interval = { start: number; end: number }

export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end

/** Sorted, merged copy: no two intervals overlap or touch. */
export function normalize(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end)
    else merged.push({ ...interval })
  }
  return merged
}

/** `from` minus every interval of `remove` (both normalized or not). */
export function subtract(from: Interval[], remove: Interval[]): Interval[] {
  const cuts = normalize(remove)
  const result: Interval[] = []
  for (const interval of normalize(from)) {
    let cursor = interval.start
    for (const cut of cuts) {
      if (cut.end <= cursor || cut.start >= interval.end) continue
      if (cut.start > cursor) result.push({ start: cursor, end: cut.start })
      cursor = Math.max(cursor, cut.end)
      if (cursor >= interval.end) break
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end })
  }
  return result
}

/** True when `candidate` overlaps any interval of a normalized (sorted, merged) list: binary search. */
export function overlapsAny(sorted: Interval[], candidate: Interval): boolean {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const interval = sorted[middle]
    if (interval.end <= candidate.start) low = middle + 1
    else if (interval.start >= candidate.end) high = middle - 1
    else return true
  }
  return false
}

/** True when `candidate` lies entirely inside one interval of a normalized list. */
export const containedIn = (sorted: Interval[], candidate: Interval) =>
  sorted.some((interval) => interval.start <= candidate.start && candidate.end <= interval.end)
