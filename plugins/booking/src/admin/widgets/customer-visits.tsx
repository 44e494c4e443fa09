/** Customer page: the customer's repair visits, latest first, each opening the planning on its day. */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { STATUS_LABELS } from "../../lib/visit-status/visit-status"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { algiersIsoDate, dateLabel, hourMinute } from "../lib/visit-format"
import { STATUS_COLORS, type Visit } from "../lib/visit-types"

const CustomerVisitsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [visits, setVisits] = useState<Visit[] | null>(null)
  useEffect(() => {
    adminFetch<{ appointments: Visit[] }>(`/admin/booking/appointments?customer_id=${customer.id}`)
      .then((answer) => setVisits(answer.appointments))
      .catch(() => setVisits([]))
  }, [customer.id])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Visites de dépannage</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {visits?.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            Aucune visite.
          </Text>
        )}
        {visits?.map((visit) => (
          <div key={visit.id} className="flex items-center justify-between gap-x-2">
            <Text size="small">
              {dateLabel(algiersIsoDate(visit.starts_at))} {hourMinute(visit.starts_at)} · {visit.fault?.label_fr} · {visit.technician_name ?? "—"}
            </Text>
            <Badge color={STATUS_COLORS[visit.status]} size="2xsmall">
              {STATUS_LABELS[visit.status]}
            </Badge>
          </div>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerVisitsWidget
