/** DML json columns are typed as objects; the booking models keep lists in them (skills, hours, codes). */
export const asJson = <T>(value: T) => value as unknown as Record<string, unknown>

export const jsonList = <T = string>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])
