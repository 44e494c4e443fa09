/**
 * Planning (office): a day or a week, one lane per technician, filters by zone and technician, the
 * visits still to place or taken back on the side, a visit opened in a drawer, and a visit taken
 * by phone. Everything is read from /admin/booking/planning and changed through its routes.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarMini } from "@medusajs/icons"
import { Button, Container, Heading, Select, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { DayBoard } from "../../components/planning/day-board"
import { PhoneVisitForm } from "../../components/planning/phone-visit-form"
import type { Planning } from "../../components/planning/planning-types"
import { VisitDrawer } from "../../components/planning/visit-drawer"
import { WeekBoard } from "../../components/planning/week-board"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { addDays, algiersIsoDate, dateLabel, hourMinute } from "../../lib/visit-format"
import type { Visit } from "../../lib/visit-types"
import { STATUS_LABELS } from "../../../lib/visit-status/visit-status"

const ALL = "all"

const PlanningPage = () => {
  const [view, setView] = useState<"day" | "week">("day")
  const [day, setDay] = useState(() => algiersIsoDate(Date.now()))
  const [zoneId, setZoneId] = useState(ALL)
  const [technicianId, setTechnicianId] = useState(ALL)
  const [planning, setPlanning] = useState<Planning | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [openVisit, setOpenVisit] = useState<Visit | null>(null)
  const [creating, setCreating] = useState(false)

  const load = useCallback(async () => {
    const filters = `${zoneId !== ALL ? `&zone_id=${zoneId}` : ""}${technicianId !== ALL ? `&technician_id=${technicianId}` : ""}`
    try {
      const answer = await adminFetch<Planning>(`/admin/booking/planning?from=${day}&days=${view === "day" ? 1 : 7}${filters}`)
      setPlanning(answer)
      setError(null)
      setOpenVisit((current) => (current ? answer.visits.find((visit) => visit.id === current.id) ?? null : null))
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [day, view, zoneId, technicianId])

  useEffect(() => {
    load()
  }, [load])

  const step = view === "day" ? 1 : 7
  const aside = planning?.visits.filter((visit) => visit.status === "requested" || visit.status === "cancelled" || !visit.technician_id) ?? []

  return (
    <Container className="flex flex-col gap-y-4 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <Heading>Planning</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {view === "day" ? dateLabel(day) : `Semaine du ${dateLabel(day)}`} · heure d'Alger
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button size="small" variant="secondary" onClick={() => setDay(addDays(day, -step))} aria-label="Précédent">
            ‹
          </Button>
          <Button size="small" variant="secondary" onClick={() => setDay(algiersIsoDate(Date.now()))}>
            Aujourd'hui
          </Button>
          <Button size="small" variant="secondary" onClick={() => setDay(addDays(day, step))} aria-label="Suivant">
            ›
          </Button>
          <Button size="small" variant={view === "day" ? "primary" : "secondary"} onClick={() => setView("day")}>
            Jour
          </Button>
          <Button size="small" variant={view === "week" ? "primary" : "secondary"} onClick={() => setView("week")}>
            Semaine
          </Button>
          <Select value={zoneId} onValueChange={setZoneId} size="small">
            <Select.Trigger aria-label="Zone" className="w-40">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Toutes les zones</Select.Item>
              {planning?.zones.map((zone) => (
                <Select.Item key={zone.id} value={zone.id}>
                  {zone.name_fr}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select value={technicianId} onValueChange={setTechnicianId} size="small">
            <Select.Trigger aria-label="Technicien" className="w-44">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Tous les techniciens</Select.Item>
              {planning?.technicians.map((technician) => (
                <Select.Item key={technician.id} value={technician.id}>
                  {technician.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Button size="small" onClick={() => setCreating(true)} disabled={!planning}>
            Nouvelle visite (téléphone)
          </Button>
        </div>
      </div>

      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {planning && (
        <div className="flex flex-col gap-4 xl:flex-row">
          <div className="min-w-0 flex-1">
            {view === "day" ? (
              <DayBoard planning={planning} onOpen={setOpenVisit} />
            ) : (
              <WeekBoard
                planning={planning}
                onOpen={setOpenVisit}
                onDay={(date) => {
                  setDay(date)
                  setView("day")
                }}
              />
            )}
          </div>
          <aside className="flex w-full flex-col gap-y-2 xl:w-60">
            <Text size="small" weight="plus">
              À planifier ou annulées ({aside.length})
            </Text>
            {aside.map((visit) => (
              <button key={visit.id} type="button" className="rounded border border-ui-border-base p-2 text-left txt-compact-xsmall hover:bg-ui-bg-base-hover" onClick={() => setOpenVisit(visit)}>
                {hourMinute(visit.starts_at)} {visit.contact_last_name} · {STATUS_LABELS[visit.status]}
              </button>
            ))}
          </aside>
        </div>
      )}
      {openVisit && planning && <VisitDrawer key={openVisit.id + openVisit.status + openVisit.technician_id} visit={openVisit} technicians={planning.technicians} onClose={() => setOpenVisit(null)} onChanged={load} />}
      {creating && planning && (
        <PhoneVisitForm
          planning={planning}
          day={day}
          onClose={() => setCreating(false)}
          onCreated={(date) => {
            setCreating(false)
            // The board shows the new visit's day (the same day reloads).
            if (date === day && view === "day") load()
            else {
              setView("day")
              setDay(date)
            }
          }}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Planning", icon: CalendarMini })

export default PlanningPage
