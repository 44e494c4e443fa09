/**
 * Settings › Livraison: the delivery zones with their prices (DA TTC) and delays per mode, which zone
 * delivers each wilaya, and the stop-desks. Checkout prices each cart on the server from these, a few
 * seconds after a change at most.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { StopDesksTable } from "../../../components/delivery/stop-desks-table"
import { WilayaZones } from "../../../components/delivery/wilaya-zones"
import { ZonesTable } from "../../../components/delivery/zones-table"
import { useAdminRead } from "@mj-chauffage/shop-kernel/admin-read"
import type { DeliverySettings, Wilaya } from "../../../lib/delivery-api"

export default function DeliverySettingsPage() {
  const settings = useAdminRead<DeliverySettings>("/admin/delivery-rates")
  const territory = useAdminRead<{ wilayas: Wilaya[] }>("/admin/territory/wilayas")
  const error = settings.error ?? territory.error
  const wilayas = territory.data?.wilayas ?? []

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-3">
        <Heading level="h1">Livraison</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Prix payés par le client, TTC, en dinars entiers (0 à 100 000 DA) ; délais en jours (0 à 30). Un changement vaut pour les
          paniers dont la livraison est choisie ensuite.
        </Text>
        {error && <Text className="text-ui-fg-error">{error}</Text>}
        {!settings.data && !error && <Text size="small">Chargement…</Text>}
        {settings.data && <ZonesTable zones={settings.data.zones} onSaved={settings.reload} />}
      </Container>
      {settings.data && territory.data && (
        <>
          <Container className="flex flex-col gap-3">
            <Heading level="h2">Wilayas par zone</Heading>
            <WilayaZones wilayas={wilayas} zones={settings.data.zones} onSaved={settings.reload} />
          </Container>
          <Container className="flex flex-col gap-3">
            <Heading level="h2">Stop-desks</Heading>
            <StopDesksTable desks={settings.data.stop_desks} wilayas={wilayas} onSaved={settings.reload} />
          </Container>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Livraison" })
