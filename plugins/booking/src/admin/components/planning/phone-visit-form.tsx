/**
 * A visit taken by phone: zone, fault, day, then a free slot (of the chosen technician, or of any —
 * the least loaded gets it), then the caller's details. A slot taken meanwhile says so and the
 * slots reload; any other refusal shows the server's message.
 */
import { Button, FocusModal, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { adminFetch, AdminRefusal } from "@mj-chauffage/shop-kernel/admin-fetch"
import { dinars, hourMinute } from "../../lib/visit-format"
import type { Planning } from "./planning-types"

type Slot = { start: string; end: string; technician_id: string }
const ANY = "any"

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      {children}
    </div>
  )
}

export function PhoneVisitForm({ planning, day, onClose, onCreated }: { planning: Planning; day: string; onClose: () => void; onCreated: (date: string) => void }) {
  const zones = planning.zones.filter((zone) => zone.is_active !== false)
  const faults = planning.fault_types.filter((fault) => fault.is_active !== false)
  const [zoneId, setZoneId] = useState(zones[0]?.id ?? "")
  const [faultId, setFaultId] = useState(faults[0]?.id ?? "")
  const [date, setDate] = useState(day)
  const [technicianId, setTechnicianId] = useState(ANY)
  const [slots, setSlots] = useState<Slot[]>([])
  const [start, setStart] = useState("")
  const [reload, setReload] = useState(0)
  const [busy, setBusy] = useState(false)
  const [form, setForm] = useState({ first_name: "", last_name: "", phone: "", email: "", address_1: "", commune: "", wilaya_code: "", description: "", boiler_brand: "", boiler_model: "" })
  const zone = zones.find((entry) => entry.id === zoneId)
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value })

  useEffect(() => {
    setStart("")
    if (!zoneId || !faultId || !date) return setSlots([])
    const technician = technicianId === ANY ? "" : `&technician_id=${technicianId}`
    adminFetch<{ slots: Slot[] }>(`/admin/booking/slots?zone_id=${zoneId}&fault_type_id=${faultId}&from=${date}&to=${date}${technician}`)
      .then((answer) => setSlots(answer.slots.filter((slot, index, all) => all.findIndex((other) => other.start === slot.start) === index)))
      .catch((error) => {
        setSlots([])
        toast.error((error as Error).message)
      })
  }, [zoneId, faultId, date, technicianId, reload])

  useEffect(() => setForm((current) => ({ ...current, wilaya_code: zone?.wilaya_codes[0] ?? "" })), [zone])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await adminFetch("/admin/booking/appointments", {
        method: "POST",
        body: {
          zone_id: zoneId,
          fault_type_id: faultId,
          starts_at: start,
          ...(technicianId !== ANY ? { technician_id: technicianId } : {}),
          contact: { first_name: form.first_name, last_name: form.last_name, phone: form.phone, email: form.email },
          address: { address_1: form.address_1, commune: form.commune, wilaya_code: form.wilaya_code },
          description: form.description,
          ...(form.boiler_brand ? { boiler_brand: form.boiler_brand } : {}),
          ...(form.boiler_model ? { boiler_model: form.boiler_model } : {}),
        },
      })
      toast.success("Visite enregistrée")
      onCreated(date)
    } catch (error) {
      toast.error((error as Error).message)
      if (error instanceof AdminRefusal && error.code === "slot_unavailable") setReload((count) => count + 1)
    } finally {
      setBusy(false)
    }
  }

  const fault = faults.find((entry) => entry.id === faultId)
  return (
    <FocusModal open onOpenChange={(open) => !open && onClose()}>
      <FocusModal.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <Button size="small" type="submit" disabled={busy || !start}>
              Enregistrer la visite
            </Button>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-8">
            <div className="flex w-full max-w-[720px] flex-col gap-y-6 px-4">
              <Heading>Nouvelle visite (téléphone)</Heading>
              <div className="grid grid-cols-2 gap-4">
                <Field id="phone-zone" label="Zone">
                  <Select value={zoneId} onValueChange={setZoneId}>
                    <Select.Trigger id="phone-zone">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {zones.map((entry) => (
                        <Select.Item key={entry.id} value={entry.id}>
                          {entry.name_fr}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
                <Field id="phone-fault" label="Panne">
                  <Select value={faultId} onValueChange={setFaultId}>
                    <Select.Trigger id="phone-fault">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {faults.map((entry) => (
                        <Select.Item key={entry.id} value={entry.id}>
                          {entry.label_fr} · {dinars(entry.visit_fee)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
                <Field id="phone-date" label="Jour">
                  <Input id="phone-date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
                </Field>
                <Field id="phone-technician" label="Technicien">
                  <Select value={technicianId} onValueChange={setTechnicianId}>
                    <Select.Trigger id="phone-technician">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value={ANY}>Le moins chargé</Select.Item>
                      {planning.technicians
                        .filter((technician) => technician.is_active && technician.zone_ids.includes(zoneId))
                        .map((technician) => (
                          <Select.Item key={technician.id} value={technician.id}>
                            {technician.name}
                          </Select.Item>
                        ))}
                    </Select.Content>
                  </Select>
                </Field>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small">Créneau {fault ? `(${fault.duration_minutes} min)` : ""}</Label>
                {slots.length === 0 ? (
                  <Text size="small" className="text-ui-fg-muted">
                    Aucun créneau libre ce jour-là.
                  </Text>
                ) : (
                  <div className="flex flex-wrap gap-2" role="radiogroup" aria-label="Créneau">
                    {slots.map((slot) => (
                      <Button key={slot.start} type="button" size="small" variant={start === slot.start ? "primary" : "secondary"} role="radio" aria-checked={start === slot.start} onClick={() => setStart(slot.start)}>
                        {hourMinute(slot.start)}
                      </Button>
                    ))}
                  </div>
                )}
              </div>
              <div className="grid grid-cols-2 gap-4">
                <Field id="phone-first-name" label="Prénom">
                  <Input id="phone-first-name" name="first_name" value={form.first_name} onChange={set("first_name")} required />
                </Field>
                <Field id="phone-last-name" label="Nom">
                  <Input id="phone-last-name" name="last_name" value={form.last_name} onChange={set("last_name")} required />
                </Field>
                <Field id="phone-phone" label="Téléphone">
                  <Input id="phone-phone" name="phone" value={form.phone} onChange={set("phone")} placeholder="0550 12 34 56" required />
                </Field>
                <Field id="phone-email" label="E-mail (facultatif)">
                  <Input id="phone-email" name="email" type="email" value={form.email} onChange={set("email")} />
                </Field>
                <Field id="phone-address" label="Adresse">
                  <Input id="phone-address" name="address_1" value={form.address_1} onChange={set("address_1")} required />
                </Field>
                <Field id="phone-commune" label="Commune">
                  <Input id="phone-commune" name="commune" value={form.commune} onChange={set("commune")} placeholder="Alger Centre" required />
                </Field>
                <Field id="phone-wilaya" label="Wilaya">
                  <Select value={form.wilaya_code} onValueChange={(value) => setForm({ ...form, wilaya_code: value })}>
                    <Select.Trigger id="phone-wilaya">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {(zone?.wilaya_codes ?? []).map((code) => (
                        <Select.Item key={code} value={code}>
                          {code}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
                <Field id="phone-boiler" label="Chaudière (marque, modèle)">
                  <div className="flex gap-2">
                    <Input id="phone-boiler" name="boiler_brand" value={form.boiler_brand} onChange={set("boiler_brand")} placeholder="Marque" />
                    <Input name="boiler_model" aria-label="Modèle" value={form.boiler_model} onChange={set("boiler_model")} placeholder="Modèle" />
                  </div>
                </Field>
              </div>
              <Field id="phone-description" label="Ce que dit le client">
                <Textarea id="phone-description" name="description" value={form.description} onChange={set("description")} required />
              </Field>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
