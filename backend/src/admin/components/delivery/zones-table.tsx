/** The zones with their prices and delays per mode; a line opens its drawer. */
import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { days, dinars, type AdminDeliveryZone } from "../../lib/delivery-api"
import { ZoneDrawer } from "./zone-drawer"

type Props = { zones: AdminDeliveryZone[]; onSaved: () => void }

/** One delivery mode's price and delay. */
function PriceCell({ price, delayDays }: { price: number; delayDays: number }) {
  return (
    <Table.Cell className="text-right">
      <Text size="small">{dinars(price)}</Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {days(delayDays)}
      </Text>
    </Table.Cell>
  )
}

export function ZonesTable({ zones, onSaved }: Props) {
  const [editing, setEditing] = useState<AdminDeliveryZone | null>(null)
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Zone</Table.HeaderCell>
            <Table.HeaderCell>Wilayas</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Domicile</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Stop-desk</Table.HeaderCell>
            <Table.HeaderCell>État</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {zones.map((zone) => (
            <Table.Row key={zone.id}>
              <Table.Cell>
                <Text size="small" weight="plus">
                  {zone.name_fr}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle" dir="rtl">
                  {zone.name_ar}
                </Text>
              </Table.Cell>
              <Table.Cell>{zone.wilayas.length}</Table.Cell>
              <PriceCell price={zone.home_price} delayDays={zone.home_delay_days} />
              <PriceCell price={zone.stopdesk_price} delayDays={zone.stopdesk_delay_days} />
              <Table.Cell>
                <Badge size="2xsmall" color={zone.is_active ? "green" : "grey"}>
                  {zone.is_active ? "Livrée" : "Désactivée"}
                </Badge>
              </Table.Cell>
              <Table.Cell className="text-right">
                <Button size="small" variant="secondary" onClick={() => setEditing(zone)}>
                  Modifier
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {editing && (
        <ZoneDrawer
          zone={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            onSaved()
          }}
        />
      )}
    </>
  )
}
