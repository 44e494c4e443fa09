/** The drawer where the office adds a stop-desk or changes one (its wilaya, commune, names, address, carrier). */
import { Button, Drawer, Input, Label, Select, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { createStopDesk, saveStopDesk, type AdminStopDesk, type StopDeskFields, type Wilaya } from "../../lib/delivery-api"

type Props = { desk: AdminStopDesk | null; wilayas: Wilaya[]; defaultWilaya: string; onSaved: () => void; onClose: () => void }

const TEXT_FIELDS = [
  ["commune", "Commune (nom de la liste des communes, facultatif)"],
  ["name_fr", "Nom (français)"],
  ["name_ar", "Nom (arabe)"],
  ["address", "Adresse (facultatif)"],
  ["carrier", "Transporteur (ex. Yalidine, facultatif)"],
] as const

export function StopDeskDrawer({ desk, wilayas, defaultWilaya, onSaved, onClose }: Props) {
  const [form, setForm] = useState<StopDeskFields>(
    desk ?? { wilaya_code: defaultWilaya, commune: null, name_fr: "", name_ar: "", address: null, carrier: null }
  )
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    try {
      if (desk) await saveStopDesk(desk.id, form)
      else await createStopDesk(form)
      toast.success(`Stop-desk « ${form.name_fr} » enregistré.`)
      onSaved()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{desk ? `Stop-desk « ${desk.name_fr} »` : "Nouveau stop-desk"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
            <div className="flex flex-col gap-1">
              <Label>Wilaya</Label>
              <Select value={form.wilaya_code} onValueChange={(wilaya_code) => setForm({ ...form, wilaya_code })}>
                <Select.Trigger aria-label="Wilaya">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {wilayas.map((wilaya) => (
                    <Select.Item key={wilaya.code} value={wilaya.code}>
                      {wilaya.code} {wilaya.name_fr}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            {TEXT_FIELDS.map(([field, label]) => (
              <div key={field} className="flex flex-col gap-1">
                <Label htmlFor={`desk-${field}`}>{label}</Label>
                <Input
                  id={`desk-${field}`}
                  dir={field === "name_ar" ? "rtl" : undefined}
                  value={form[field] ?? ""}
                  onChange={(event) => setForm({ ...form, [field]: event.target.value })}
                  required={field === "name_fr" || field === "name_ar"}
                />
              </div>
            ))}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">
                Annuler
              </Button>
            </Drawer.Close>
            <Button type="submit" isLoading={saving}>
              Enregistrer
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
