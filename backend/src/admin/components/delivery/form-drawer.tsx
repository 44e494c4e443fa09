/**
 * The drawer of one form, as the delivery pages open it to add or change a row: its fields, Annuler
 * and Enregistrer. `save` sends the form and returns the message shown once saved; a refusal is shown
 * as the API words it and the drawer stays open.
 */
import { Button, Drawer, Label } from "@medusajs/ui"
import { useState, type FormEvent, type ReactNode } from "react"
import { toastSave } from "../../lib/toast-save"

type Props = { title: ReactNode; save: () => Promise<string>; onSaved: () => void; onClose: () => void; children: ReactNode }

export function FormDrawer({ title, save, onSaved, onClose, children }: Props) {
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    await toastSave(save, onSaved)
    setSaving(false)
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">{children}</Drawer.Body>
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

/** One labelled field of a form drawer (`htmlFor` names the input the label is for). */
export function FormField({ label, htmlFor, children }: { label: string; htmlFor?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={htmlFor}>{label}</Label>
      {children}
    </div>
  )
}
