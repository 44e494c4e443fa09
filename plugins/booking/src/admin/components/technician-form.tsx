/** A technician's details as the office edits them: name, phone, skills, zones, weekly hours, login. */
import { Button, Checkbox, Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { DEFAULT_WEEKLY_HOURS, weeklyHoursProblem } from "../../lib/office/weekly-hours"
import { useOffice, type FaultType, type Technician, type WeeklyRule, type Zone } from "../lib/office-api"
import { WeeklyHoursEditor } from "./weekly-hours-editor"

export type TechnicianDraft = { name: string; phone: string; skills: string[]; zone_ids: string[]; weekly_hours: WeeklyRule[]; user_id: string | null }

const NO_USER = "none"

export const draftOf = (technician: Technician | null): TechnicianDraft =>
  technician
    ? {
        name: technician.name,
        phone: technician.phone,
        skills: technician.skills,
        zone_ids: technician.zones.map((zone) => zone.id),
        weekly_hours: technician.weekly_hours,
        user_id: technician.user?.id ?? null,
      }
    : { name: "", phone: "", skills: [], zone_ids: [], weekly_hours: DEFAULT_WEEKLY_HOURS, user_id: null }

const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((item) => item !== value))

export function TechnicianForm({ initial, saving, onSave }: { initial: TechnicianDraft; saving: boolean; onSave: (draft: TechnicianDraft) => void }) {
  const [draft, setDraft] = useState(initial)
  const [newSkill, setNewSkill] = useState("")
  const zones = useOffice<{ zones: Zone[] }>("/admin/booking/zones").data?.zones ?? []
  const faultTypes = useOffice<{ fault_types: FaultType[] }>("/admin/booking/fault-types").data?.fault_types ?? []
  const users = useOffice<{ users: Array<{ id: string; email: string }> }>("/admin/users?limit=200&fields=id,email").data?.users ?? []
  const knownSkills = [...new Set([...faultTypes.map((fault) => fault.required_skill), ...draft.skills])].sort()
  const set = (patch: Partial<TechnicianDraft>) => setDraft((current) => ({ ...current, ...patch }))

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
          <Label htmlFor="technician-name">Nom</Label>
          <Input id="technician-name" value={draft.name} onChange={(event) => set({ name: event.target.value })} required />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="technician-phone">Téléphone</Label>
          <Input id="technician-phone" value={draft.phone} placeholder="0550 12 34 56" onChange={(event) => set({ phone: event.target.value })} required />
        </div>
      </div>

      <fieldset className="flex flex-col gap-2">
        <Label>Compétences (types de panne qu'il traite)</Label>
        <div className="flex flex-wrap gap-4">
          {knownSkills.map((skill) => (
            <label key={skill} className="flex items-center gap-2">
              <Checkbox checked={draft.skills.includes(skill)} onCheckedChange={(on) => set({ skills: toggle(draft.skills, skill, on === true) })} />
              <Text size="small">
                {skill}
                {faultTypes.some((fault) => fault.required_skill === skill) &&
                  ` (${faultTypes
                    .filter((fault) => fault.required_skill === skill)
                    .map((fault) => fault.label_fr)
                    .join(", ")})`}
              </Text>
            </label>
          ))}
        </div>
        <div className="flex max-w-md gap-2">
          <Input aria-label="Nouvelle compétence" placeholder="nouvelle compétence (ex. radiators)" value={newSkill} onChange={(event) => setNewSkill(event.target.value.trim().toLowerCase())} />
          <Button
            type="button"
            size="small"
            variant="secondary"
            disabled={!newSkill}
            onClick={() => {
              set({ skills: toggle(draft.skills, newSkill, true) })
              setNewSkill("")
            }}
          >
            Ajouter
          </Button>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <Label>Zones desservies</Label>
        <div className="flex flex-wrap gap-4">
          {zones.map((zone) => (
            <label key={zone.id} className="flex items-center gap-2">
              <Checkbox checked={draft.zone_ids.includes(zone.id)} onCheckedChange={(on) => set({ zone_ids: toggle(draft.zone_ids, zone.id, on === true) })} />
              <Text size="small">
                {zone.name_fr}
                {!zone.is_active && " (désactivée)"}
              </Text>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <Label>Horaires de la semaine (heure d'Alger)</Label>
        <WeeklyHoursEditor value={draft.weekly_hours} onChange={(weekly_hours) => set({ weekly_hours })} />
      </fieldset>

      <div className="flex max-w-md flex-col gap-1">
        <Label>Compte Medusa du technicien (pour « Mes interventions »)</Label>
        <Select value={draft.user_id ?? NO_USER} onValueChange={(value) => set({ user_id: value === NO_USER ? null : value })}>
          <Select.Trigger aria-label="Compte Medusa">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_USER}>Aucun compte</Select.Item>
            {users.map((user) => (
              <Select.Item key={user.id} value={user.id}>
                {user.email}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>

      <div>
        <Button type="submit" isLoading={saving} disabled={Boolean(weeklyHoursProblem(draft.weekly_hours))}>
          Enregistrer
        </Button>
      </div>
    </form>
  )
}
