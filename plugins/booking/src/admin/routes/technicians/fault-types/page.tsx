/** Fault types: what customers report, the visit's length and fee, the skill it needs, its urgency. */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { OfficeTabs } from "../../../components/office-tabs"
import { officeFetch, useOffice, type FaultType } from "../../../lib/office-api"

type Draft = { label_fr: string; label_ar: string; duration_minutes: string; visit_fee: string; required_skill: string; urgency: "normal" | "urgent" }

const draftOf = (fault: FaultType | null): Draft =>
  fault
    ? { ...fault, duration_minutes: String(fault.duration_minutes), visit_fee: String(fault.visit_fee) }
    : { label_fr: "", label_ar: "", duration_minutes: "60", visit_fee: "2500", required_skill: "gas", urgency: "normal" }

function FaultTypeForm({ initial, saving, onSave, onCancel }: { initial: Draft; saving: boolean; onSave: (draft: Draft) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(initial)
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }))
  return (
    <form
      className="grid grid-cols-3 items-end gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        onSave(draft)
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor="fault-label-fr">Libellé (français)</Label>
        <Input id="fault-label-fr" value={draft.label_fr} onChange={(event) => set({ label_fr: event.target.value })} required />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="fault-label-ar">Libellé (arabe)</Label>
        <Input id="fault-label-ar" dir="rtl" value={draft.label_ar} onChange={(event) => set({ label_ar: event.target.value })} required />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="fault-skill">Compétence requise</Label>
        <Input id="fault-skill" value={draft.required_skill} onChange={(event) => set({ required_skill: event.target.value.trim().toLowerCase() })} required />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="fault-duration">Durée de la visite (minutes)</Label>
        <Input id="fault-duration" type="number" min={15} max={480} step={15} value={draft.duration_minutes} onChange={(event) => set({ duration_minutes: event.target.value })} required />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="fault-fee">Frais de visite (DA, TTC)</Label>
        <Input id="fault-fee" type="number" min={0} step={1} value={draft.visit_fee} onChange={(event) => set({ visit_fee: event.target.value })} required />
      </div>
      <div className="flex flex-col gap-1">
        <Label>Urgence</Label>
        <Select value={draft.urgency} onValueChange={(urgency) => set({ urgency: urgency as Draft["urgency"] })}>
          <Select.Trigger aria-label="Urgence">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="normal">Normale</Select.Item>
            <Select.Item value="urgent">Urgente</Select.Item>
          </Select.Content>
        </Select>
      </div>
      <div className="col-span-3 flex gap-2">
        <Button type="submit" isLoading={saving}>
          Enregistrer le type de panne
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </div>
    </form>
  )
}

export default function FaultTypesPage() {
  const { data, error, reload } = useOffice<{ fault_types: FaultType[] }>("/admin/booking/fault-types")
  const [editing, setEditing] = useState<FaultType | "new" | null>(null)
  const [saving, setSaving] = useState(false)

  const save = async (draft: Draft) => {
    setSaving(true)
    const body = { ...draft, duration_minutes: Number(draft.duration_minutes), visit_fee: Number(draft.visit_fee) }
    try {
      if (editing === "new") await officeFetch("/admin/booking/fault-types", { method: "POST", body })
      else if (editing) await officeFetch(`/admin/booking/fault-types/${editing.id}`, { method: "POST", body })
      toast.success("Type de panne enregistré")
      setEditing(null)
      reload()
    } catch (failure) {
      toast.error((failure as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const setActive = async (fault: FaultType, active: boolean) => {
    try {
      await officeFetch(`/admin/booking/fault-types/${fault.id}/${active ? "reactivate" : "deactivate"}`, { method: "POST" })
      toast.success(active ? "Type de panne réactivé" : "Type de panne désactivé : il n'est plus proposé aux clients")
      reload()
    } catch (failure) {
      toast.error((failure as Error).message)
    }
  }

  return (
    <Container className="flex flex-col gap-4">
      <div className="flex items-center justify-between gap-2">
        <Heading level="h1">Types de panne</Heading>
        <Button size="small" onClick={() => setEditing("new")}>
          Nouveau type de panne
        </Button>
      </div>
      <OfficeTabs />
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {editing && <FaultTypeForm key={editing === "new" ? "new" : editing.id} initial={draftOf(editing === "new" ? null : editing)} saving={saving} onSave={save} onCancel={() => setEditing(null)} />}
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Libellé</Table.HeaderCell>
              <Table.HeaderCell>Arabe</Table.HeaderCell>
              <Table.HeaderCell>Durée</Table.HeaderCell>
              <Table.HeaderCell>Frais</Table.HeaderCell>
              <Table.HeaderCell>Compétence</Table.HeaderCell>
              <Table.HeaderCell>Urgence</Table.HeaderCell>
              <Table.HeaderCell>État</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.fault_types.map((fault) => (
              <Table.Row key={fault.id}>
                <Table.Cell>{fault.label_fr}</Table.Cell>
                <Table.Cell dir="rtl">{fault.label_ar}</Table.Cell>
                <Table.Cell>{fault.duration_minutes} min</Table.Cell>
                <Table.Cell>{formatDzd(fault.visit_fee, "fr")}</Table.Cell>
                <Table.Cell>{fault.required_skill}</Table.Cell>
                <Table.Cell>{fault.urgency === "urgent" ? <Badge size="2xsmall" color="red">Urgente</Badge> : "Normale"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={fault.is_active ? "green" : "grey"}>
                    {fault.is_active ? "Actif" : "Désactivé"}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex gap-2">
                    <Button size="small" variant="transparent" onClick={() => setEditing(fault)}>
                      Modifier
                    </Button>
                    <Button size="small" variant="transparent" onClick={() => setActive(fault, !fault.is_active)}>
                      {fault.is_active ? "Désactiver" : "Réactiver"}
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Types de panne" })
