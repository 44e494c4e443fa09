/**
 * Algeria's public holidays on fixed Gregorian dates. The Hijri-dated ones (Aïd el-Fitr, Aïd el-Adha,
 * Awal Moharram, Achoura, Mawlid) move every year and are announced shortly before: the office enters
 * them as closures each year.
 */
const FIXED_HOLIDAYS = [
  { month_day: "01-01", label: "Nouvel An" },
  { month_day: "01-12", label: "Yennayer (Nouvel An amazigh)" },
  { month_day: "05-01", label: "Fête du Travail" },
  { month_day: "07-05", label: "Fête de l'Indépendance" },
  { month_day: "11-01", label: "Anniversaire du déclenchement de la Révolution" },
] as const

/** The fixed public holidays of `year`, as closures (local dates YYYY-MM-DD). */
export function fixedPublicHolidays(year: number): Array<{ date: string; label: string }> {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`Not a year: ${year}`)
  return FIXED_HOLIDAYS.map((holiday) => ({ date: `${year}-${holiday.month_day}`, label: holiday.label }))
}
