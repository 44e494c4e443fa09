/** A technician's week: one line per working range (day, start, end), checked as the server checks it. */
import { Button, Input, Select, Text } from "@medusajs/ui"
import { DEFAULT_WEEKLY_HOURS, WEEKDAY_LABELS_FR, sortWeeklyHours, weeklyHoursProblem } from "../../lib/office/weekly-hours"
import type { WeeklyRule } from "../lib/office-api"

export function WeeklyHoursEditor({ value, onChange }: { value: WeeklyRule[]; onChange: (rules: WeeklyRule[]) => void }) {
  const problem = weeklyHoursProblem(value)
  const change = (index: number, patch: Partial<WeeklyRule>) => onChange(value.map((rule, at) => (at === index ? { ...rule, ...patch } : rule)))
  return (
    <div className="flex flex-col gap-2">
      {value.map((rule, index) => (
        <div key={index} className="grid grid-cols-[10rem_7rem_7rem_auto] items-center gap-2">
          <Select value={String(rule.weekday)} onValueChange={(weekday) => change(index, { weekday: Number(weekday) })}>
            <Select.Trigger aria-label="Jour">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {WEEKDAY_LABELS_FR.map((label, weekday) => (
                <Select.Item key={weekday} value={String(weekday)}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Input type="time" aria-label="Début" value={rule.start} onChange={(event) => change(index, { start: event.target.value })} />
          <Input type="time" aria-label="Fin" value={rule.end} onChange={(event) => change(index, { end: event.target.value })} />
          <Button type="button" size="small" variant="transparent" onClick={() => onChange(value.filter((_, at) => at !== index))}>
            Retirer
          </Button>
        </div>
      ))}
      {!value.length && <Text size="small">Aucune plage : le technicien ne reçoit aucune visite.</Text>}
      {problem && (
        <Text size="small" className="text-ui-fg-error">
          {problem}
        </Text>
      )}
      <div className="flex gap-2">
        <Button type="button" size="small" variant="secondary" onClick={() => onChange([...value, { weekday: 0, start: "08:00", end: "12:00" }])}>
          Ajouter une plage
        </Button>
        <Button type="button" size="small" variant="secondary" onClick={() => onChange(sortWeeklyHours(value))}>
          Trier
        </Button>
        <Button type="button" size="small" variant="transparent" onClick={() => onChange(DEFAULT_WEEKLY_HOURS)}>
          Semaine type (dim.–jeu., 8h–12h et 13h–17h)
        </Button>
      </div>
    </div>
  )
}
