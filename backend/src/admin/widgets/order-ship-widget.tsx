/**
 * Order page, side column: hand the parcel to a carrier. The office picks the carrier, types the
 * tracking number (and a tracking link if the carrier gives one); the customer gets the "order
 * shipped" e-mail and sees both on their order page. A cash-on-delivery order ships from its own
 * widget instead (payments-dz cod-order-widget), only once the customer confirmed it by phone.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"

const CARRIERS = ["Yalidine", "ZR Express", "Ecotrack", "Maystro Delivery", "Noest", "Autre"]

/** Cash on delivery (payments-dz lib/provider-ids.ts): such an order ships from its own widget, once confirmed by phone. */
const CASH_ON_DELIVERY_PROVIDER_ID = "pp_cod_cod"
const paysCashOnDelivery = (order: AdminOrder) =>
  (order.payment_collections ?? []).some((collection) => (collection.payments ?? []).some((payment) => payment.provider_id === CASH_ON_DELIVERY_PROVIDER_ID))

const OrderShipWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [carrier, setCarrier] = useState(CARRIERS[0])
  const [trackingNumber, setTrackingNumber] = useState("")
  const [trackingUrl, setTrackingUrl] = useState("")
  const [sending, setSending] = useState(false)
  const [done, setDone] = useState(order.fulfillment_status === "shipped" || order.fulfillment_status === "delivered")

  if (order.status === "canceled" || paysCashOnDelivery(order)) return null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    try {
      const response = await fetch(`/admin/orders/${order.id}/ship`, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ carrier, tracking_number: trackingNumber, ...(trackingUrl ? { tracking_url: trackingUrl } : {}) }),
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body.message ?? "Échec")
      toast.success("Commande expédiée : le client a reçu le numéro de suivi.")
      setDone(true)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSending(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Expédition</Heading>
      </div>
      {done ? (
        <Text className="px-6 py-4" size="small">
          Commande remise au transporteur.
        </Text>
      ) : (
        <form className="flex flex-col gap-y-3 px-6 py-4" onSubmit={submit}>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="ship-carrier">Transporteur</Label>
            <Select value={carrier} onValueChange={setCarrier}>
              <Select.Trigger id="ship-carrier">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {CARRIERS.map((name) => (
                  <Select.Item key={name} value={name}>
                    {name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="ship-tracking">Numéro de suivi</Label>
            <Input id="ship-tracking" required minLength={3} value={trackingNumber} onChange={(e) => setTrackingNumber(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="ship-url">Lien de suivi (facultatif)</Label>
            <Input id="ship-url" type="url" value={trackingUrl} onChange={(e) => setTrackingUrl(e.target.value)} />
          </div>
          <Button type="submit" isLoading={sending} disabled={!trackingNumber}>
            Marquer comme expédiée
          </Button>
        </form>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderShipWidget
