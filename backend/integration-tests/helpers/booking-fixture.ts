/** What the booking integration tests share. */

type Answer = { status: number; data: any; headers: Record<string, string> } // eslint-disable-line @typescript-eslint/no-explicit-any

/** The HTTP answer whether it is a success or an error status (axios throws on 4xx/5xx). */
export const settle = <T extends Answer>(request: Promise<T>): Promise<T> => request.catch((error: { response: T }) => error.response)

/** Today's date in Algiers plus `days`, as the slots query takes it (AAAA-MM-JJ). */
export function algiersDate(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(Date.now() + days * 86_400_000))
}
