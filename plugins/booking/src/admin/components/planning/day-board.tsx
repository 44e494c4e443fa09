/**
 * One day, one lane per technician: working hours in white, time off and closures hatched, each
 * visit a block (its travel buffer a lighter band around it). Click a visit to open it.
 */
import { Text, clx } from "@medusajs/ui"
import { STATUS_LABELS } from "../../../lib/visit-status/visit-status"
import { hourMinute, minutesOfDay, algiersIsoDate } from "../../lib/visit-format"
import type { Visit } from "../../lib/visit-types"
import type { Planning } from "./planning-types"

const FIRST_HOUR = 7
const LAST_HOUR = 19
const SPAN = (LAST_HOUR - FIRST_HOUR) * 60

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const left = (minutes: number) => `${Math.max(0, Math.min(100, ((minutes - FIRST_HOUR * 60) / SPAN) * 100))}%`
const width = (from: number, to: number) => `${Math.max(0.5, ((Math.min(to, LAST_HOUR * 60) - Math.max(from, FIRST_HOUR * 60)) / SPAN) * 100)}%`

/** Minutes of `date` covered by an absence running from `start` to `end` (instants). */
function coveredMinutes(date: string, start: string, end: string): [number, number] | null {
  const startDate = algiersIsoDate(start)
  const endDate = algiersIsoDate(end)
  if (endDate < date || startDate > date) return null
  return [startDate < date ? 0 : minutesOfDay(start), endDate > date ? 24 * 60 : minutesOfDay(end)]
}

const VISIT_COLOR: Record<string, string> = {
  confirmed: "bg-ui-tag-blue-bg border-ui-tag-blue-border text-ui-tag-blue-text",
  requested: "bg-ui-tag-orange-bg border-ui-tag-orange-border text-ui-tag-orange-text",
  en_route: "bg-ui-tag-purple-bg border-ui-tag-purple-border text-ui-tag-purple-text",
  in_progress: "bg-ui-tag-purple-bg border-ui-tag-purple-border text-ui-tag-purple-text",
  done: "bg-ui-tag-green-bg border-ui-tag-green-border text-ui-tag-green-text",
  no_show: "bg-ui-tag-red-bg border-ui-tag-red-border text-ui-tag-red-text",
  cancelled: "bg-ui-bg-subtle border-dashed border-ui-border-strong text-ui-fg-muted line-through",
}

export function DayBoard({ planning, onOpen }: { planning: Planning; onOpen: (visit: Visit) => void }) {
  const date = planning.from
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
  const closure = planning.closures.find((entry) => entry.date === date)
  const hours = Array.from({ length: LAST_HOUR - FIRST_HOUR + 1 }, (_, index) => FIRST_HOUR + index)

  return (
    <div className="overflow-x-auto">
      <div className="min-w-[960px]">
        <div className="relative ml-44 h-6 border-b border-ui-border-base">
          {hours.map((hour) => (
            <span key={hour} className="text-ui-fg-muted txt-compact-xsmall absolute -translate-x-1/2" style={{ left: left(hour * 60) }}>
              {String(hour).padStart(2, "0")}:00
            </span>
          ))}
        </div>
        {closure && (
          <Text size="small" className="text-ui-fg-subtle bg-ui-bg-subtle-pressed my-2 rounded px-3 py-1">
            Fermé : {closure.label}
          </Text>
        )}
        {planning.technicians.length === 0 && (
          <Text size="small" className="text-ui-fg-muted p-4">
            Aucun technicien pour ce filtre.
          </Text>
        )}
        {planning.technicians.map((technician) => {
          const rules = technician.weekly_hours.filter((rule) => rule.weekday === weekday)
          const visits = planning.visits.filter((visit) => visit.technician_id === technician.id)
          const absences = technician.time_off.map((absence) => coveredMinutes(date, absence.starts_at, absence.ends_at)).filter(Boolean) as Array<[number, number]>
          return (
            <div key={technician.id} className="flex items-stretch border-b border-ui-border-base" data-lane={technician.id}>
              <div className="w-44 shrink-0 py-3 pr-3">
                <Text size="small" weight="plus" className={clx(!technician.is_active && "text-ui-fg-muted line-through")}>
                  {technician.name}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {rules.length ? rules.map((rule) => `${rule.start}–${rule.end}`).join(", ") : "Repos"}
                </Text>
              </div>
              <div className="bg-ui-bg-disabled relative h-16 flex-1">
                {!closure &&
                  rules.map((rule) => (
                    <div key={rule.start} className="bg-ui-bg-base absolute inset-y-0" style={{ left: left(toMinutes(rule.start)), width: width(toMinutes(rule.start), toMinutes(rule.end)) }} />
                  ))}
                {absences.map(([from, to]) => (
                  <div
                    key={`${from}-${to}`}
                    title="Absence"
                    className="absolute inset-y-0 bg-[repeating-linear-gradient(45deg,transparent,transparent_6px,rgba(0,0,0,0.08)_6px,rgba(0,0,0,0.08)_12px)]"
                    style={{ left: left(from), width: width(from, to) }}
                  />
                ))}
                {visits.map((visit) => {
                  const from = minutesOfDay(visit.starts_at)
                  const to = minutesOfDay(visit.ends_at)
                  const bufferFrom = minutesOfDay(visit.blocked_from)
                  const bufferTo = minutesOfDay(visit.blocked_until)
                  return (
                    <div key={visit.id}>
                      {visit.status !== "cancelled" && (
                        <div className="bg-ui-tag-neutral-bg absolute inset-y-3 opacity-60" style={{ left: left(bufferFrom), width: width(bufferFrom, bufferTo) }} title="Trajet" />
                      )}
                      <button
                        type="button"
                        data-visit={visit.id}
                        onClick={() => onOpen(visit)}
                        className={clx("absolute inset-y-1 overflow-hidden rounded border px-1 text-left txt-compact-xsmall", VISIT_COLOR[visit.status])}
                        style={{ left: left(from), width: width(from, to) }}
                        title={`${hourMinute(visit.starts_at)}–${hourMinute(visit.ends_at)} · ${visit.contact_first_name} ${visit.contact_last_name} · ${STATUS_LABELS[visit.status]}`}
                      >
                        <span className="block font-medium">
                          {hourMinute(visit.starts_at)} {visit.contact_last_name}
                        </span>
                        <span className="block truncate">{visit.fault?.label_fr ?? ""}</span>
                      </button>
                    </div>
                  )
                })}
              </div>
            </div>
          )
        })}
      </div>
    </div>
  )
}
