/** A week: technicians down, days across, each visit a line in its cell (click to open). */
import { Text, clx } from "@medusajs/ui"
import { addDays, hourMinute, algiersIsoDate, shortDateLabel } from "../../lib/visit-format"
import type { Visit } from "../../lib/visit-types"
import type { Planning } from "./planning-types"

export function WeekBoard({ planning, onOpen, onDay }: { planning: Planning; onOpen: (visit: Visit) => void; onDay: (date: string) => void }) {
  const dates = Array.from({ length: planning.days }, (_, index) => addDays(planning.from, index))
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[960px] table-fixed border-collapse">
        <thead>
          <tr>
            <th className="w-40" />
            {dates.map((date) => {
              const closure = planning.closures.find((entry) => entry.date === date)
              return (
                <th key={date} className="border-b border-ui-border-base p-2 text-left">
                  <button type="button" className="txt-compact-small-plus hover:underline" onClick={() => onDay(date)}>
                    {shortDateLabel(date)}
                  </button>
                  {closure && <Text size="xsmall" className="text-ui-fg-muted">Fermé : {closure.label}</Text>}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {planning.technicians.map((technician) => (
            <tr key={technician.id} className="align-top">
              <td className="border-b border-ui-border-base p-2">
                <Text size="small" weight="plus" className={clx(!technician.is_active && "text-ui-fg-muted line-through")}>
                  {technician.name}
                </Text>
              </td>
              {dates.map((date) => {
                const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
                const works = technician.weekly_hours.some((rule) => rule.weekday === weekday)
                const closed = planning.closures.some((entry) => entry.date === date)
                const visits = planning.visits.filter((visit) => visit.technician_id === technician.id && algiersIsoDate(visit.starts_at) === date)
                return (
                  <td key={date} className={clx("border-b border-l border-ui-border-base p-1", (!works || closed) && "bg-ui-bg-disabled")}>
                    {visits.map((visit) => (
                      <button
                        key={visit.id}
                        type="button"
                        data-visit={visit.id}
                        onClick={() => onOpen(visit)}
                        className={clx("mb-1 block w-full truncate rounded px-1 text-left txt-compact-xsmall hover:bg-ui-bg-base-hover", visit.status === "cancelled" && "text-ui-fg-muted line-through")}
                      >
                        {hourMinute(visit.starts_at)} {visit.contact_last_name} · {visit.fault?.label_fr}
                      </button>
                    ))}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
