/**
 * A technician's weekly hours as the office edits them: rules per weekday in Africa/Algiers
 * ("08:00"–"12:00"), checked before they reach the slot engine, which trusts them. Pure functions.
 */
import type { WeeklyRule } from "../availability/slots"

export const WEEKDAY_LABELS_FR = ["Dimanche", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi"] as const

/** The Algerian working week: Sunday to Thursday, 08:00–12:00 and 13:00–17:00. */
export const DEFAULT_WEEKLY_HOURS: WeeklyRule[] = [0, 1, 2, 3, 4].flatMap((weekday) => [
  { weekday, start: "08:00", end: "12:00" },
  { weekday, start: "13:00", end: "17:00" },
])

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

/** Why the rules cannot be a week of work (in French, for the office), or null when they can. */
export function weeklyHoursProblem(rules: WeeklyRule[]): string | null {
  for (const rule of rules) {
    const day = WEEKDAY_LABELS_FR[rule.weekday]
    if (!Number.isInteger(rule.weekday) || !day) return `Jour invalide : ${rule.weekday} (0 = dimanche … 6 = samedi).`
    if (!CLOCK.test(rule.start) || !CLOCK.test(rule.end)) return `${day} : heures au format HH:MM, de 00:00 à 23:59.`
    if (minutes(rule.start) >= minutes(rule.end)) return `${day} : la fin (${rule.end}) doit être après le début (${rule.start}).`
  }
  for (const [index, rule] of sortWeeklyHours(rules).entries()) {
    const next = sortWeeklyHours(rules)[index + 1]
    if (next && next.weekday === rule.weekday && minutes(next.start) < minutes(rule.end)) {
      return `${WEEKDAY_LABELS_FR[rule.weekday]} : les plages ${rule.start}–${rule.end} et ${next.start}–${next.end} se chevauchent.`
    }
  }
  return null
}

/** By weekday, then start: the order the office reads them in and the engine stores them. */
export function sortWeeklyHours(rules: WeeklyRule[]): WeeklyRule[] {
  return [...rules].sort((a, b) => a.weekday - b.weekday || minutes(a.start) - minutes(b.start))
}
