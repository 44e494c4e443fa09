/** Visits the office must look at (to reassign after a deactivation or an absence). */
import { Badge, Table, Text } from "@medusajs/ui"
import { showDateTime } from "../lib/algiers-time"
import type { Visit } from "../lib/office-api"

const STATUS_LABEL: Record<string, string> = { requested: "À confirmer", confirmed: "Confirmée", en_route: "En route", in_progress: "En cours" }

export function VisitsList({ visits, empty }: { visits: Visit[]; empty: string }) {
  if (!visits.length) return <Text size="small">{empty}</Text>
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Date</Table.HeaderCell>
          <Table.HeaderCell>Client</Table.HeaderCell>
          <Table.HeaderCell>Lieu</Table.HeaderCell>
          <Table.HeaderCell>Statut</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {visits.map((visit) => (
          <Table.Row key={visit.id}>
            <Table.Cell>{showDateTime(visit.starts_at)}</Table.Cell>
            <Table.Cell>
              {visit.contact_first_name} {visit.contact_last_name} · {visit.contact_phone}
            </Table.Cell>
            <Table.Cell>
              {visit.commune} ({visit.wilaya_code})
            </Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color="orange">
                {STATUS_LABEL[visit.status] ?? visit.status}
              </Badge>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
