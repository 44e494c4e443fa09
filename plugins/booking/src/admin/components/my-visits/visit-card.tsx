/** One visit in the van: who to call, where to go (map), what is wrong, and the next step of the day. */
import { Badge, Button, Container, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { STATUS_LABELS, nextStatuses } from "../../../lib/visit-status/visit-status"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { dinars, hourMinute, mapLink } from "../../lib/visit-format"
import { STATUS_COLORS, type Visit } from "../../lib/visit-types"
import { DoneForm } from "./done-form"

const STEP_LABELS: Record<string, string> = { en_route: "Je pars", in_progress: "Je commence", no_show: "Client absent" }

export function VisitCard({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const [finishing, setFinishing] = useState(false)
  const [busy, setBusy] = useState(false)
  const steps = nextStatuses(visit.status, "technician").filter((status) => status !== "done")

  const move = async (status: string) => {
    setBusy(true)
    try {
      await adminFetch(`/admin/booking/my-visits/${visit.id}/status`, { method: "POST", body: { status } })
      onChanged()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="flex flex-col gap-y-2 p-4" data-visit={visit.id}>
      <div className="flex items-center justify-between gap-x-2">
        <Text weight="plus">
          {hourMinute(visit.starts_at)}–{hourMinute(visit.ends_at)}
        </Text>
        <Badge color={STATUS_COLORS[visit.status]} size="2xsmall">
          {STATUS_LABELS[visit.status]}
        </Badge>
      </div>
      <Text weight="plus">
        {visit.contact_first_name} {visit.contact_last_name}
      </Text>
      <a className="text-ui-fg-interactive txt-compact-medium" href={`tel:${visit.contact_phone}`}>
        📞 {visit.contact_phone}
      </a>
      <a className="text-ui-fg-interactive txt-compact-medium" href={mapLink(visit)} target="_blank" rel="noreferrer">
        📍 {visit.address_1}, {visit.commune}
      </a>
      <Text size="small">
        {visit.fault?.label_fr}
        {visit.fault?.urgency === "urgent" ? " · URGENT" : ""} · {visit.fault ? dinars(visit.fault.visit_fee) : ""}
      </Text>
      {(visit.boiler_brand || visit.boiler_model) && <Text size="small">Chaudière : {[visit.boiler_brand, visit.boiler_model].filter(Boolean).join(" ")}</Text>}
      <Text size="small" className="text-ui-fg-subtle whitespace-pre-line">
        {visit.description}
      </Text>
      {visit.report && (
        <Text size="small" className="text-ui-fg-subtle">
          Terminée : {visit.report.summary} · encaissé {dinars(visit.report.amount_collected)}
        </Text>
      )}
      {finishing ? (
        <DoneForm
          visit={visit}
          onCancel={() => setFinishing(false)}
          onDone={() => {
            setFinishing(false)
            onChanged()
          }}
        />
      ) : (
        <div className="grid grid-cols-2 gap-2">
          {steps.map((status) => (
            <Button key={status} variant={status === "no_show" ? "secondary" : "primary"} disabled={busy} onClick={() => move(status)}>
              {STEP_LABELS[status] ?? STATUS_LABELS[status]}
            </Button>
          ))}
          {nextStatuses(visit.status, "technician").includes("done") && (
            <Button className="col-span-2" onClick={() => setFinishing(true)}>
              Terminer la visite
            </Button>
          )}
        </div>
      )}
    </Container>
  )
}
