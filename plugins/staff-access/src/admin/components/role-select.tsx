/** The role picker of the invite form and of the user page, and their save-with-a-toast. */
import { Select, toast } from "@medusajs/ui"
import { useState } from "react"
import { ROLE_LABELS, type StaffRole } from "../lib/staff-roles"

const ROLES = Object.keys(ROLE_LABELS) as StaffRole[]

export function RoleSelect({ id, value, onChange }: { id?: string; value: StaffRole | ""; onChange: (role: StaffRole) => void }) {
  return (
    <Select value={value} onValueChange={(picked) => onChange(picked as StaffRole)}>
      <Select.Trigger id={id} aria-label="Rôle">
        <Select.Value placeholder="Choisir un rôle" />
      </Select.Trigger>
      <Select.Content>
        {ROLES.map((role) => (
          <Select.Item key={role} value={role}>
            {ROLE_LABELS[role]}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** Runs a save: `saving` while it runs, then a toast with `done` or with the refusal's message. */
export function useSave() {
  const [saving, setSaving] = useState(false)
  const save = async (action: () => Promise<void>, done: string) => {
    setSaving(true)
    try {
      await action()
      toast.success(done)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }
  return { saving, save }
}
