/** The drawer where the office adds a stop-desk or changes one (its wilaya, commune, names, address, carrier). */
import { Input } from "@medusajs/ui"
import { useState } from "react"
import { createStopDesk, saveStopDesk, type AdminStopDesk, type StopDeskFields, type Wilaya } from "../../lib/delivery-api"
import { FormDrawer, FormField } from "./form-drawer"
import { WilayaSelect } from "./wilaya-select"

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

  const save = async () => {
    if (desk) await saveStopDesk(desk.id, form)
    else await createStopDesk(form)
    return `Stop-desk « ${form.name_fr} » enregistré.`
  }

  return (
    <FormDrawer title={desk ? `Stop-desk « ${desk.name_fr} »` : "Nouveau stop-desk"} save={save} onSaved={onSaved} onClose={onClose}>
      <FormField label="Wilaya">
        <WilayaSelect wilayas={wilayas} value={form.wilaya_code} onChange={(wilaya_code) => setForm({ ...form, wilaya_code })} label="Wilaya" />
      </FormField>
      {TEXT_FIELDS.map(([field, label]) => (
        <FormField key={field} label={label} htmlFor={`desk-${field}`}>
          <Input
            id={`desk-${field}`}
            dir={field === "name_ar" ? "rtl" : undefined}
            value={form[field] ?? ""}
            onChange={(event) => setForm({ ...form, [field]: event.target.value })}
            required={field === "name_fr" || field === "name_ar"}
          />
        </FormField>
      ))}
    </FormDrawer>
  )
}
