/**
 * Closures: days the whole company is closed, when no visit is offered. The fixed public holidays
 * are seeded; the Hijri-dated ones move every year and are entered here once announced.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { OfficeTabs } from "../../../components/office-tabs"
import { showDate } from "../../../lib/algiers-time"
import { officeFetch, useOffice, type Closure } from "../../../lib/office-api"

export default function ClosuresPage() {
  const { data, error, reload } = useOffice<{ closures: Closure[] }>("/admin/booking/closures")
  const [date, setDate] = useState("")
  const [label, setLabel] = useState("")
  const [busy, setBusy] = useState(false)

  const add = async () => {
    setBusy(true)
    try {
      await officeFetch("/admin/booking/closures", { method: "POST", body: { date, label: label.trim() } })
      toast.success("Fermeture enregistrée : aucune visite ne sera proposée ce jour-là")
      setDate("")
      setLabel("")
      reload()
    } catch (failure) {
      toast.error((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const remove = async (closure: Closure) => {
    try {
      await officeFetch(`/admin/booking/closures/${closure.id}`, { method: "DELETE" })
      toast.success("Fermeture supprimée")
      reload()
    } catch (failure) {
      toast.error((failure as Error).message)
    }
  }

  return (
    <Container className="flex flex-col gap-4">
      <Heading level="h1">Fermetures de l'entreprise</Heading>
      <OfficeTabs />
      <Text size="small">
        Aucune visite n'est proposée un jour de fermeture. Les jours fériés à date fixe (1er janvier, Yennayer le 12 janvier, 1er mai, 5 juillet, 1er
        novembre) sont déjà enregistrés pour 2027 et 2028. Les fêtes du calendrier hégirien (Aïd el-Fitr, Aïd el-Adha, Awal Moharram, Achoura, Mawlid
        Ennabaoui) changent de date chaque année : ajoutez-les ici dès que leurs dates sont annoncées, un jour par ligne. Les visites déjà prévues ce
        jour-là ne sont pas déplacées.
      </Text>
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      <div className="grid grid-cols-[12rem_1fr_auto] items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="closure-date">Date</Label>
          <Input id="closure-date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="closure-label">Motif</Label>
          <Input id="closure-label" value={label} placeholder="Aïd el-Fitr (1er jour)" onChange={(event) => setLabel(event.target.value)} />
        </div>
        <Button size="small" variant="secondary" isLoading={busy} disabled={!date || label.trim().length < 2} onClick={add}>
          Ajouter la fermeture
        </Button>
      </div>
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Motif</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.closures.map((closure) => (
              <Table.Row key={closure.id}>
                <Table.Cell>{showDate(closure.date)}</Table.Cell>
                <Table.Cell>{closure.label}</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="transparent" onClick={() => remove(closure)}>
                    Supprimer
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Fermetures" })
