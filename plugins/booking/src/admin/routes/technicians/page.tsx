/**
 * "Techniciens" in the admin sidebar: every technician with their zones, skills, login and state;
 * a line opens the technician's form, and tabs lead to zones, fault types and closures.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Wrench } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { OfficeTabs } from "../../components/office-tabs"
import { useOffice, type Technician } from "../../lib/office-api"

export default function TechniciansPage() {
  const { data, error } = useOffice<{ technicians: Technician[] }>("/admin/booking/technicians")
  return (
    <Container className="flex flex-col gap-4">
      <div className="flex items-center justify-between gap-2">
        <Heading level="h1">Techniciens</Heading>
        <Button size="small" asChild>
          <Link to="/technicians/new">Nouveau technicien</Link>
        </Button>
      </div>
      <OfficeTabs />
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {!data && !error && <Text size="small">Chargement…</Text>}
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Nom</Table.HeaderCell>
              <Table.HeaderCell>Téléphone</Table.HeaderCell>
              <Table.HeaderCell>Zones</Table.HeaderCell>
              <Table.HeaderCell>Compétences</Table.HeaderCell>
              <Table.HeaderCell>Connexion</Table.HeaderCell>
              <Table.HeaderCell>État</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.technicians.map((technician) => (
              <Table.Row key={technician.id}>
                <Table.Cell>
                  <Link className="text-ui-fg-interactive" to={`/technicians/${technician.id}`}>
                    {technician.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{technician.phone}</Table.Cell>
                <Table.Cell>{technician.zones.map((zone) => zone.name_fr).join(", ") || "—"}</Table.Cell>
                <Table.Cell>{technician.skills.join(", ") || "—"}</Table.Cell>
                <Table.Cell>{technician.user?.email ?? "—"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={technician.is_active ? "green" : "grey"}>
                    {technician.is_active ? "Actif" : "Désactivé"}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Techniciens", icon: Wrench })
