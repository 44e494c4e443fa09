/** A zone as the office edits it: names, wilayas, and optionally only some of their communes. */
import { Button, Checkbox, Input, Label, Switch, Text } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { officeFetch, useOffice, type Zone } from "../lib/office-api"

type Place = { code?: string; id?: string; name_fr: string; name_ar: string }
export type ZoneDraft = { name_fr: string; name_ar: string; wilaya_codes: string[]; commune_ids: string[] | null }

export const zoneDraftOf = (zone: Zone | null): ZoneDraft =>
  zone ? { name_fr: zone.name_fr, name_ar: zone.name_ar, wilaya_codes: zone.wilaya_codes, commune_ids: zone.commune_ids } : { name_fr: "", name_ar: "", wilaya_codes: [], commune_ids: null }

const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((item) => item !== value))

function useCommunes(wilayaCodes: string[]) {
  const [communes, setCommunes] = useState<Record<string, Place[]>>({})
  const asked = useRef(new Set<string>())
  useEffect(() => {
    for (const code of wilayaCodes.filter((code) => !asked.current.has(code))) {
      asked.current.add(code)
      officeFetch<{ communes: Place[] }>(`/admin/territory/communes?wilaya=${code}`).then(
        (answer) => setCommunes((known) => ({ ...known, [code]: answer.communes })),
        () => setCommunes((known) => ({ ...known, [code]: [] }))
      )
    }
  }, [wilayaCodes])
  return communes
}

export function ZoneForm({ initial, saving, onSave, onCancel }: { initial: ZoneDraft; saving: boolean; onSave: (draft: ZoneDraft) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(initial)
  const wilayas = useOffice<{ wilayas: Place[] }>("/admin/territory/wilayas").data?.wilayas ?? []
  const communes = useCommunes(draft.commune_ids ? draft.wilaya_codes : [])
  const set = (patch: Partial<ZoneDraft>) => setDraft((current) => ({ ...current, ...patch }))
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        onSave(draft)
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor="zone-name-fr">Nom (français)</Label>
          <Input id="zone-name-fr" value={draft.name_fr} onChange={(event) => set({ name_fr: event.target.value })} required />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="zone-name-ar">Nom (arabe)</Label>
          <Input id="zone-name-ar" dir="rtl" value={draft.name_ar} onChange={(event) => set({ name_ar: event.target.value })} required />
        </div>
      </div>
      <fieldset className="flex flex-col gap-2">
        <Label>Wilayas</Label>
        <div className="grid grid-cols-6 gap-x-4 gap-y-1">
          {wilayas.map((wilaya) => (
            <label key={wilaya.code} className="flex items-center gap-2">
              <Checkbox checked={draft.wilaya_codes.includes(wilaya.code!)} onCheckedChange={(on) => set({ wilaya_codes: toggle(draft.wilaya_codes, wilaya.code!, on === true) })} />
              <Text size="xsmall">
                {wilaya.code} {wilaya.name_fr}
              </Text>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <label className="flex items-center gap-2">
          <Switch checked={draft.commune_ids !== null} onCheckedChange={(on) => set({ commune_ids: on ? [] : null })} />
          <Text size="small">Seulement certaines communes (sinon : toutes les communes des wilayas cochées)</Text>
        </label>
        {draft.commune_ids !== null &&
          draft.wilaya_codes.map((code) => (
            <div key={code} className="flex flex-col gap-1">
              <Text size="small" weight="plus">
                {wilayas.find((wilaya) => wilaya.code === code)?.name_fr ?? code}
              </Text>
              <div className="grid grid-cols-5 gap-x-4 gap-y-1">
                {(communes[code] ?? []).map((commune) => (
                  <label key={commune.id} className="flex items-center gap-2">
                    <Checkbox
                      checked={draft.commune_ids!.includes(commune.id!)}
                      onCheckedChange={(on) => set({ commune_ids: toggle(draft.commune_ids ?? [], commune.id!, on === true) })}
                    />
                    <Text size="xsmall">{commune.name_fr}</Text>
                  </label>
                ))}
              </div>
            </div>
          ))}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" isLoading={saving} disabled={!draft.wilaya_codes.length}>
          Enregistrer la zone
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </div>
    </form>
  )
}
