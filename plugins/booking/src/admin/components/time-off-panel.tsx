/** A technician's absences: listed, added (from, to, reason) and deleted; visits inside a new one are shown. */
import { Button, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { fromLocalField, showDateTime } from "../lib/algiers-time"
import { officeFetch, type TimeOff, type Visit } from "../lib/office-api"
import { VisitsList } from "./visits-list"

export function TimeOffPanel({ technicianId, timeOff, onChange }: { technicianId: string; timeOff: TimeOff[]; onChange: () => void }) {
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [visitsInside, setVisitsInside] = useState<Visit[] | null>(null)
  const base = `/admin/booking/technicians/${technicianId}/time-off`

  const add = async () => {
    setBusy(true)
    try {
      const answer = await officeFetch<{ visits_inside: Visit[] }>(base, {
        method: "POST",
        body: { starts_at: fromLocalField(from), ends_at: fromLocalField(to), reason: reason.trim() || null },
      })
      setVisitsInside(answer.visits_inside)
      setFrom("")
      setTo("")
      setReason("")
      toast.success("Absence enregistrée")
      onChange()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const remove = async (id: string) => {
    try {
      await officeFetch(`${base}/${id}`, { method: "DELETE" })
      toast.success("Absence supprimée")
      onChange()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <Heading level="h2">Absences</Heading>
      {timeOff.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Du</Table.HeaderCell>
              <Table.HeaderCell>Au</Table.HeaderCell>
              <Table.HeaderCell>Motif</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {timeOff.map((absence) => (
              <Table.Row key={absence.id}>
                <Table.Cell>{showDateTime(absence.starts_at)}</Table.Cell>
                <Table.Cell>{showDateTime(absence.ends_at)}</Table.Cell>
                <Table.Cell>{absence.reason ?? "—"}</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="transparent" onClick={() => remove(absence.id)}>
                    Supprimer
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small">Aucune absence prévue.</Text>
      )}
      <div className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="time-off-from">Du (heure d'Alger)</Label>
          <Input id="time-off-from" type="datetime-local" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="time-off-to">Au</Label>
          <Input id="time-off-to" type="datetime-local" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="time-off-reason">Motif</Label>
          <Input id="time-off-reason" value={reason} placeholder="Congé, formation…" onChange={(event) => setReason(event.target.value)} />
        </div>
        <Button size="small" variant="secondary" isLoading={busy} disabled={!from || !to} onClick={add}>
          Ajouter l'absence
        </Button>
      </div>
      {visitsInside && (
        <div className="flex flex-col gap-2">
          <Text size="small" weight="plus">
            Visites déjà prévues pendant cette absence (à réattribuer) :
          </Text>
          <VisitsList visits={visitsInside} empty="Aucune visite pendant cette absence." />
        </div>
      )}
    </div>
  )
}
