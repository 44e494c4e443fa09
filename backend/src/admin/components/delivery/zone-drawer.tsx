/** The drawer where the office changes a zone's names, prices (DA TTC) and delays, or closes the zone. */
import { Button, Drawer, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { dinars, saveZone, type AdminDeliveryZone } from "../../lib/delivery-api"

type Props = { zone: AdminDeliveryZone; onSaved: () => void; onClose: () => void }

const NUMBER_FIELDS = [
  ["home_price", "Domicile : prix (DA TTC)", 100_000],
  ["home_delay_days", "Domicile : délai (jours)", 30],
  ["stopdesk_price", "Stop-desk : prix (DA TTC)", 100_000],
  ["stopdesk_delay_days", "Stop-desk : délai (jours)", 30],
] as const

export function ZoneDrawer({ zone, onSaved, onClose }: Props) {
  const [form, setForm] = useState({ ...zone })
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    try {
      const { name_fr, name_ar, home_price, home_delay_days, stopdesk_price, stopdesk_delay_days, is_active } = form
      await saveZone(zone.id, { name_fr, name_ar, home_price, home_delay_days, stopdesk_price, stopdesk_delay_days, is_active })
      toast.success(`Zone « ${name_fr} » enregistrée : les nouveaux paniers paient ${dinars(home_price)} à domicile.`)
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
            <Drawer.Title>Zone « {zone.name_fr} »</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
            <div className="flex flex-col gap-1">
              <Label htmlFor="zone-name-fr">Nom (français)</Label>
              <Input id="zone-name-fr" value={form.name_fr} onChange={(event) => setForm({ ...form, name_fr: event.target.value })} required />
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor="zone-name-ar">Nom (arabe)</Label>
              <Input id="zone-name-ar" dir="rtl" value={form.name_ar} onChange={(event) => setForm({ ...form, name_ar: event.target.value })} required />
            </div>
            {NUMBER_FIELDS.map(([field, label, max]) => (
              <div key={field} className="flex flex-col gap-1">
                <Label htmlFor={`zone-${field}`}>{label}</Label>
                <Input
                  id={`zone-${field}`}
                  type="number"
                  min={0}
                  max={max}
                  step={1}
                  value={form[field]}
                  onChange={(event) => setForm({ ...form, [field]: Number(event.target.value) })}
                  required
                />
                {field.endsWith("price") && <Text size="xsmall" className="text-ui-fg-subtle">{dinars(form[field])}</Text>}
              </div>
            ))}
            <div className="flex items-center gap-2">
              <Switch id="zone-active" checked={form.is_active} onCheckedChange={(is_active) => setForm({ ...form, is_active })} />
              <Label htmlFor="zone-active">Zone livrée (désactivée : ses wilayas ne sont plus livrées)</Label>
            </div>
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
