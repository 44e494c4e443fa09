/** "Terminer": what was done, the parts used, the cash collected (the visit fee plus the parts, to start from). */
import { Button, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { dinars } from "../../lib/visit-format"
import type { Visit } from "../../lib/visit-types"
import { PartPicker, type PickedPart } from "./part-picker"

export function DoneForm({ visit, onDone, onCancel }: { visit: Visit; onDone: () => void; onCancel: () => void }) {
  const [summary, setSummary] = useState("")
  const [parts, setParts] = useState<PickedPart[]>([])
  const [amount, setAmount] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const expected = (visit.fault?.visit_fee ?? 0) + parts.reduce((sum, part) => sum + part.unit_price * part.quantity, 0)
  const collected = amount ?? String(expected)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await adminFetch(`/admin/booking/my-visits/${visit.id}/done`, {
        method: "POST",
        body: { summary, parts: parts.map((part) => ({ variant_id: part.variant_id, quantity: part.quantity })), amount_collected: Number(collected) },
      })
      toast.success("Visite terminée")
      onDone()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 border-t border-ui-border-base pt-3">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`summary-${visit.id}`}>Ce qui a été fait</Label>
        <Textarea id={`summary-${visit.id}`} value={summary} onChange={(event) => setSummary(event.target.value)} required />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>Pièces utilisées</Label>
        <PartPicker parts={parts} onChange={setParts} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`amount-${visit.id}`}>Encaissé (DA, espèces)</Label>
        <Input id={`amount-${visit.id}`} type="number" inputMode="numeric" min={0} value={collected} onChange={(event) => setAmount(event.target.value)} required />
        <Text size="xsmall" className="text-ui-fg-subtle">
          Dû : {dinars(expected)} (visite {dinars(visit.fault?.visit_fee ?? 0)} + pièces)
        </Text>
      </div>
      <div className="flex gap-x-2">
        <Button type="submit" disabled={busy || summary.trim().length < 3} className="flex-1">
          Valider la fin de visite
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Retour
        </Button>
      </div>
    </form>
  )
}
