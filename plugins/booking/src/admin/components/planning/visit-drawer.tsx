/**
 * A visit opened from the planning: who, where, what, its history, and what the office can do —
 * move it along, give it to another technician or another time (a conflict says so and nothing
 * moves), cancel it with a reason, take a cancellation back.
 */
import { Badge, Button, Drawer, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { STATUS_LABELS, nextStatuses } from "../../../lib/visit-status/visit-status"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { algiersIsoDate, dateLabel, dinars, hourMinute, mapLink } from "../../lib/visit-format"
import { STATUS_COLORS, type Visit } from "../../lib/visit-types"
import type { PlanningTechnician } from "./planning-types"

type Slot = { start: string; end: string; technician_id: string }
const SAME_TIME = "same"

const HISTORY_LABELS: Record<string, string> = {
  booked: "Réservée",
  assigned: "Attribuée",
  status: "Statut",
  cancelled: "Annulée",
  restored: "Reprise",
  rescheduled: "Déplacée",
}

/** "tech_… 2026-…Z" (an assignment) reads as the technician's name and the time; a status as its label. */
function describeTarget(entry: { action: string; to?: string }, technicians: PlanningTechnician[]): string {
  if (entry.action === "status") return STATUS_LABELS[entry.to as keyof typeof STATUS_LABELS] ?? entry.to ?? ""
  const [technicianId, at] = (entry.to ?? "").split(" ")
  const name = technicians.find((technician) => technician.id === technicianId)?.name
  return name && at ? `${name}, ${dateLabel(algiersIsoDate(at))} ${hourMinute(at)}` : entry.to ?? ""
}

export function VisitDrawer({ visit, technicians, onClose, onChanged }: { visit: Visit; technicians: PlanningTechnician[]; onClose: () => void; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)
  const [technicianId, setTechnicianId] = useState(visit.technician_id ?? "")
  const [slots, setSlots] = useState<Slot[]>([])
  const [start, setStart] = useState(SAME_TIME)
  const [reason, setReason] = useState("")
  const candidates = technicians.filter((technician) => technician.is_active && technician.zone_ids.includes(visit.zone_id))
  const day = algiersIsoDate(visit.starts_at)

  useEffect(() => {
    if (!technicianId || !visit.fault) return
    adminFetch<{ slots: Slot[] }>(`/admin/booking/slots?zone_id=${visit.zone_id}&fault_type_id=${visit.fault.id}&from=${day}&to=${day}&technician_id=${technicianId}`)
      .then((answer) => setSlots(answer.slots))
      .catch(() => setSlots([]))
  }, [technicianId, visit.zone_id, visit.fault, day])

  const act = async (label: string, path: string, body: unknown = {}) => {
    setBusy(true)
    try {
      await adminFetch(path, { method: "POST", body })
      toast.success(label)
      onChanged()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const moves = nextStatuses(visit.status, "office").filter((status) => status !== "done" && status !== "cancelled" && !(visit.status === "cancelled" && status === "confirmed"))
  const assignable = ["requested", "confirmed", "en_route"].includes(visit.status)

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {visit.contact_first_name} {visit.contact_last_name}
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-5 overflow-y-auto">
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Badge color={STATUS_COLORS[visit.status]} size="2xsmall">
                {STATUS_LABELS[visit.status]}
              </Badge>
              {visit.source === "phone" && <Badge size="2xsmall">Téléphone</Badge>}
              {visit.fault?.urgency === "urgent" && (
                <Badge color="red" size="2xsmall">
                  Urgent
                </Badge>
              )}
            </div>
            <Text size="small" weight="plus">
              {dateLabel(day)}, {hourMinute(visit.starts_at)}–{hourMinute(visit.ends_at)}
            </Text>
            <Text size="small">
              {visit.fault?.label_fr} · {visit.fault ? dinars(visit.fault.visit_fee) : ""} · {visit.technician_name ?? "Sans technicien"}
            </Text>
            <Text size="small">
              <a className="text-ui-fg-interactive" href={`tel:${visit.contact_phone}`}>
                {visit.contact_phone}
              </a>{" "}
              · {visit.contact_email}
            </Text>
            <Text size="small">
              <a className="text-ui-fg-interactive" href={mapLink(visit)} target="_blank" rel="noreferrer">
                {visit.address_1}, {visit.commune} ({visit.wilaya_code})
              </a>
            </Text>
            {(visit.boiler_brand || visit.boiler_model) && <Text size="small">Chaudière : {[visit.boiler_brand, visit.boiler_model].filter(Boolean).join(" ")}</Text>}
            <Text size="small" className="text-ui-fg-subtle whitespace-pre-line">
              {visit.description}
            </Text>
            {visit.cancellation_reason && <Text size="small">Annulée : {visit.cancellation_reason}</Text>}
          </div>

          {moves.length > 0 && (
            <div className="flex flex-wrap gap-2">
              {moves.map((status) => (
                <Button key={status} size="small" variant="secondary" disabled={busy} onClick={() => act(`Statut : ${STATUS_LABELS[status]}`, `/admin/booking/appointments/${visit.id}/status`, { status })}>
                  {STATUS_LABELS[status]}
                </Button>
              ))}
            </div>
          )}

          {assignable && (
            <form
              className="flex flex-col gap-y-2"
              onSubmit={(event) => {
                event.preventDefault()
                act("Visite réattribuée", `/admin/booking/appointments/${visit.id}/assign`, { technician_id: technicianId, ...(start !== SAME_TIME ? { starts_at: start } : {}) })
              }}
            >
              <Label htmlFor="assign-technician">Attribuer à</Label>
              <Select value={technicianId} onValueChange={setTechnicianId}>
                <Select.Trigger id="assign-technician">
                  <Select.Value placeholder="Technicien" />
                </Select.Trigger>
                <Select.Content>
                  {candidates.map((technician) => (
                    <Select.Item key={technician.id} value={technician.id}>
                      {technician.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <Label htmlFor="assign-start">Heure</Label>
              <Select value={start} onValueChange={setStart}>
                <Select.Trigger id="assign-start">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={SAME_TIME}>Même heure ({hourMinute(visit.starts_at)})</Select.Item>
                  {slots.map((slot) => (
                    <Select.Item key={slot.start} value={slot.start}>
                      {hourMinute(slot.start)}–{hourMinute(slot.end)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <Button size="small" type="submit" disabled={busy || !technicianId}>
                Attribuer
              </Button>
            </form>
          )}

          {visit.status === "cancelled" ? (
            <Button size="small" variant="secondary" disabled={busy} onClick={() => act("Annulation reprise", `/admin/booking/appointments/${visit.id}/restore`)}>
              Reprendre la visite
            </Button>
          ) : (
            nextStatuses(visit.status, "office").includes("cancelled") && (
              <form
                className="flex flex-col gap-y-2"
                onSubmit={(event) => {
                  event.preventDefault()
                  act("Visite annulée", `/admin/booking/appointments/${visit.id}/cancel`, { reason })
                }}
              >
                <Label htmlFor="cancel-reason">Raison de l'annulation</Label>
                <Input id="cancel-reason" value={reason} onChange={(event) => setReason(event.target.value)} placeholder="Le client a rappelé…" />
                <Button size="small" variant="danger" type="submit" disabled={busy || reason.trim().length < 3}>
                  Annuler la visite
                </Button>
              </form>
            )
          )}

          {visit.report && (
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                Compte rendu
              </Text>
              <Text size="small">{visit.report.summary}</Text>
              {visit.report.parts.map((part) => (
                <Text key={part.variant_id} size="small">
                  {part.quantity} × {part.title} ({dinars(part.unit_price)})
                </Text>
              ))}
              <Text size="small">
                Encaissé {dinars(visit.report.amount_collected)} sur {dinars(visit.report.expected_amount)}
              </Text>
            </div>
          )}

          <div className="flex flex-col gap-y-1">
            <Text size="small" weight="plus">
              Historique
            </Text>
            {visit.history.map((entry) => (
              <Text key={`${entry.at}-${entry.action}`} size="xsmall" className="text-ui-fg-subtle" data-history={entry.action}>
                {dateLabel(algiersIsoDate(entry.at))} {hourMinute(entry.at)} · {HISTORY_LABELS[entry.action] ?? entry.action}
                {entry.to ? ` → ${describeTarget(entry, technicians)}` : ""}
                {entry.reason ? ` (${entry.reason})` : ""}
              </Text>
            ))}
          </div>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
