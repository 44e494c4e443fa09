/** The stop-desks of one wilaya at a time: add, change, deactivate (orders keep a desk's id, so none is deleted). */
import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { setStopDeskActive, type AdminStopDesk, type Wilaya } from "../../lib/delivery-api"
import { toastSave } from "../../lib/toast-save"
import { StopDeskDrawer } from "./stop-desk-drawer"
import { WilayaSelect } from "./wilaya-select"

type Props = { desks: AdminStopDesk[]; wilayas: Wilaya[]; onSaved: () => void }

export function StopDesksTable({ desks, wilayas, onSaved }: Props) {
  const [wilayaCode, setWilayaCode] = useState("16")
  const [editing, setEditing] = useState<AdminStopDesk | "new" | null>(null)
  const shown = desks.filter((desk) => desk.wilaya_code === wilayaCode)

  const setActive = (desk: AdminStopDesk, is_active: boolean) =>
    toastSave(async () => {
      await setStopDeskActive(desk.id, is_active)
      return is_active ? `« ${desk.name_fr} » est de nouveau proposé.` : `« ${desk.name_fr} » n'est plus proposé aux clients.`
    }, onSaved)

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="w-72">
          <WilayaSelect
            size="small"
            wilayas={wilayas}
            value={wilayaCode}
            onChange={setWilayaCode}
            label="Wilaya des stop-desks"
            note={(wilaya) => `(${desks.filter((desk) => desk.wilaya_code === wilaya.code && desk.is_active).length})`}
          />
        </div>
        <Button size="small" onClick={() => setEditing("new")}>
          Nouveau stop-desk
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Nom</Table.HeaderCell>
            <Table.HeaderCell>Commune</Table.HeaderCell>
            <Table.HeaderCell>Adresse</Table.HeaderCell>
            <Table.HeaderCell>Transporteur</Table.HeaderCell>
            <Table.HeaderCell>État</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {shown.map((desk) => (
            <Table.Row key={desk.id}>
              <Table.Cell>
                <Text size="small">{desk.name_fr}</Text>
                <Text size="xsmall" className="text-ui-fg-subtle" dir="rtl">
                  {desk.name_ar}
                </Text>
              </Table.Cell>
              <Table.Cell>{desk.commune ?? "—"}</Table.Cell>
              <Table.Cell>{desk.address ?? "—"}</Table.Cell>
              <Table.Cell>{desk.carrier ?? "—"}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={desk.is_active ? "green" : "grey"}>
                  {desk.is_active ? "Proposé" : "Désactivé"}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <div className="flex justify-end gap-2">
                  <Button size="small" variant="secondary" onClick={() => setEditing(desk)}>
                    Modifier
                  </Button>
                  <Button size="small" variant="transparent" onClick={() => setActive(desk, !desk.is_active)}>
                    {desk.is_active ? "Désactiver" : "Réactiver"}
                  </Button>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!shown.length && <Text size="small">Aucun stop-desk dans cette wilaya : les clients n'y ont que la livraison à domicile.</Text>}
      {editing && (
        <StopDeskDrawer
          desk={editing === "new" ? null : editing}
          wilayas={wilayas}
          defaultWilaya={wilayaCode}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            onSaved()
          }}
        />
      )}
    </div>
  )
}
