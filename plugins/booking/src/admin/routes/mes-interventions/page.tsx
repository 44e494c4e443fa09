/**
 * "Mes interventions": the logged-in technician's visits, today first, made for a phone in the van
 * (one column, big buttons, tap to call, tap for the map). Only their own visits: the server finds
 * the technician from the login.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tools } from "@medusajs/icons"
import { Button, Heading, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { CalendarFeed } from "../../components/my-visits/calendar-feed"
import { VisitCard } from "../../components/my-visits/visit-card"
import { adminFetch, AdminRefusal } from "@mj-chauffage/shop-kernel/admin-fetch"
import { algiersIsoDate, dateLabel } from "../../lib/visit-format"
import type { Visit } from "../../lib/visit-types"

const MyVisitsPage = () => {
  const [visits, setVisits] = useState<Visit[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setVisits((await adminFetch<{ visits: Visit[] }>("/admin/booking/my-visits")).visits)
      setError(null)
    } catch (failure) {
      setError(failure instanceof AdminRefusal && failure.code === "not_a_technician" ? "Ce compte n'est lié à aucun technicien : cette page est celle des techniciens." : (failure as Error).message)
    }
  }, [])

  useEffect(() => {
    load()
  }, [load])

  const today = algiersIsoDate(Date.now())
  const days = [...new Set((visits ?? []).map((visit) => algiersIsoDate(visit.starts_at)))]

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-y-4">
      <div className="flex items-center justify-between">
        <Heading>Mes interventions</Heading>
        <Button size="small" variant="secondary" onClick={load}>
          Actualiser
        </Button>
      </div>
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {visits && visits.length === 0 && <Text className="text-ui-fg-subtle">Aucune visite prévue dans les deux semaines.</Text>}
      {days.map((date) => (
        <section key={date} className="flex flex-col gap-y-3">
          <Text weight="plus" className="capitalize">
            {date === today ? `Aujourd'hui, ${dateLabel(date)}` : dateLabel(date)}
          </Text>
          {visits!
            .filter((visit) => algiersIsoDate(visit.starts_at) === date)
            .map((visit) => (
              <VisitCard key={visit.id} visit={visit} onChanged={load} />
            ))}
        </section>
      ))}
      {!error && <CalendarFeed />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Mes interventions", icon: Tools })

export default MyVisitsPage
