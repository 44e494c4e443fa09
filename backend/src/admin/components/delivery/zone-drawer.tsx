/** The drawer where the office changes a zone's names, prices (DA TTC) and delays, or closes the zone. */
import { Input, Label, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import { dinars, saveZone, type AdminDeliveryZone } from "../../lib/delivery-api"
import { FormDrawer, FormField } from "./form-drawer"

type Props = { zone: AdminDeliveryZone; onSaved: () => void; onClose: () => void }

const NUMBER_FIELDS = [
  ["home_price", "Domicile : prix (DA TTC)", 100_000],
  ["home_delay_days", "Domicile : délai (jours)", 30],
  ["stopdesk_price", "Stop-desk : prix (DA TTC)", 100_000],
  ["stopdesk_delay_days", "Stop-desk : délai (jours)", 30],
] as const

export function ZoneDrawer({ zone, onSaved, onClose }: Props) {
  const [form, setForm] = useState({ ...zone })

  const save = async () => {
    const { name_fr, name_ar, home_price, home_delay_days, stopdesk_price, stopdesk_delay_days, is_active } = form
    await saveZone(zone.id, { name_fr, name_ar, home_price, home_delay_days, stopdesk_price, stopdesk_delay_days, is_active })
    return `Zone « ${name_fr} » enregistrée : les nouveaux paniers paient ${dinars(home_price)} à domicile.`
  }

  return (
    <FormDrawer title={`Zone « ${zone.name_fr} »`} save={save} onSaved={onSaved} onClose={onClose}>
      <FormField label="Nom (français)" htmlFor="zone-name-fr">
        <Input id="zone-name-fr" value={form.name_fr} onChange={(event) => setForm({ ...form, name_fr: event.target.value })} required />
      </FormField>
      <FormField label="Nom (arabe)" htmlFor="zone-name-ar">
        <Input id="zone-name-ar" dir="rtl" value={form.name_ar} onChange={(event) => setForm({ ...form, name_ar: event.target.value })} required />
      </FormField>
      {NUMBER_FIELDS.map(([field, label, max]) => (
        <FormField key={field} label={label} htmlFor={`zone-${field}`}>
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
        </FormField>
      ))}
      <div className="flex items-center gap-2">
        <Switch id="zone-active" checked={form.is_active} onCheckedChange={(is_active) => setForm({ ...form, is_active })} />
        <Label htmlFor="zone-active">Zone livrée (désactivée : ses wilayas ne sont plus livrées)</Label>
      </div>
    </FormDrawer>
  )
}
