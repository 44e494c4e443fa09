/** Which zone delivers each wilaya: one select per wilaya, saved at once (a wilaya is in one zone only). */
import { Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { moveWilaya, type AdminDeliveryZone, type Wilaya } from "../../lib/delivery-api"
import { toastSave } from "../../lib/toast-save"

const NO_ZONE = "none"

type Props = { wilayas: Wilaya[]; zones: AdminDeliveryZone[]; onSaved: () => void }

export function WilayaZones({ wilayas, zones, onSaved }: Props) {
  const [saving, setSaving] = useState<string | null>(null)
  const zoneOf = (code: string) => zones.find((zone) => zone.wilayas.includes(code))

  const move = async (wilaya: Wilaya, value: string) => {
    setSaving(wilaya.code)
    await toastSave(async () => {
      await moveWilaya(wilaya.code, value === NO_ZONE ? null : value)
      const zone = zones.find((candidate) => candidate.id === value)
      return zone ? `${wilaya.code} ${wilaya.name_fr} : zone « ${zone.name_fr} ».` : `${wilaya.code} ${wilaya.name_fr} n'est plus livrée.`
    }, onSaved)
    setSaving(null)
  }

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Wilaya</Table.HeaderCell>
          <Table.HeaderCell>Zone de livraison</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {wilayas.map((wilaya) => {
          const zone = zoneOf(wilaya.code)
          return (
            <Table.Row key={wilaya.code}>
              <Table.Cell>
                <Text size="small">
                  {wilaya.code} {wilaya.name_fr}
                </Text>
              </Table.Cell>
              <Table.Cell className="w-72">
                <Select size="small" value={zone?.id ?? NO_ZONE} onValueChange={(value) => move(wilaya, value)} disabled={saving === wilaya.code}>
                  <Select.Trigger aria-label={`Zone de ${wilaya.name_fr}`}>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {zones.map((candidate) => (
                      <Select.Item key={candidate.id} value={candidate.id}>
                        {candidate.name_fr}
                        {candidate.is_active ? "" : " (désactivée)"}
                      </Select.Item>
                    ))}
                    <Select.Item value={NO_ZONE}>Non livrée</Select.Item>
                  </Select.Content>
                </Select>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
