/** Zones: where technicians go. A deactivated zone is no longer offered to customers; its visits keep it. */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { OfficeTabs } from "../../../components/office-tabs"
import { ZoneForm, zoneDraftOf, type ZoneDraft } from "../../../components/zone-form"
import { officeFetch, useOffice, type Zone } from "../../../lib/office-api"

export default function ZonesPage() {
  const { data, error, reload } = useOffice<{ zones: Zone[] }>("/admin/booking/zones")
  const [editing, setEditing] = useState<Zone | "new" | null>(null)
  const [saving, setSaving] = useState(false)

  const save = async (draft: ZoneDraft) => {
    setSaving(true)
    try {
      if (editing === "new") await officeFetch("/admin/booking/zones", { method: "POST", body: draft })
      else if (editing) await officeFetch(`/admin/booking/zones/${editing.id}`, { method: "POST", body: draft })
      toast.success("Zone enregistrée")
      setEditing(null)
      reload()
    } catch (failure) {
      toast.error((failure as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const setActive = async (zone: Zone, active: boolean) => {
    try {
      await officeFetch(`/admin/booking/zones/${zone.id}/${active ? "reactivate" : "deactivate"}`, { method: "POST" })
      toast.success(active ? "Zone réactivée" : "Zone désactivée : elle n'est plus proposée aux clients")
      reload()
    } catch (failure) {
      toast.error((failure as Error).message)
    }
  }

  return (
    <Container className="flex flex-col gap-4">
      <div className="flex items-center justify-between gap-2">
        <Heading level="h1">Zones d'intervention</Heading>
        <Button size="small" onClick={() => setEditing("new")}>
          Nouvelle zone
        </Button>
      </div>
      <OfficeTabs />
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {editing && <ZoneForm key={editing === "new" ? "new" : editing.id} initial={zoneDraftOf(editing === "new" ? null : editing)} saving={saving} onSave={save} onCancel={() => setEditing(null)} />}
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Nom</Table.HeaderCell>
              <Table.HeaderCell>Nom arabe</Table.HeaderCell>
              <Table.HeaderCell>Wilayas</Table.HeaderCell>
              <Table.HeaderCell>Communes</Table.HeaderCell>
              <Table.HeaderCell>État</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.zones.map((zone) => (
              <Table.Row key={zone.id}>
                <Table.Cell>{zone.name_fr}</Table.Cell>
                <Table.Cell dir="rtl">{zone.name_ar}</Table.Cell>
                <Table.Cell>{zone.wilaya_codes.join(", ")}</Table.Cell>
                <Table.Cell>{zone.commune_ids ? `${zone.commune_ids.length} commune(s)` : "Toutes"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={zone.is_active ? "green" : "grey"}>
                    {zone.is_active ? "Active" : "Désactivée"}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex gap-2">
                    <Button size="small" variant="transparent" onClick={() => setEditing(zone)}>
                      Modifier
                    </Button>
                    <Button size="small" variant="transparent" onClick={() => setActive(zone, !zone.is_active)}>
                      {zone.is_active ? "Désactiver" : "Réactiver"}
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

export const config = defineRouteConfig({ label: "Zones" })
