/**
 * `medusa exec ./src/scripts/restore-drill-shop.ts <result.json>`: the shop of the restore drill
 * (scripts/lib/backup-drill.ts) on its throwaway database. The shop's seed, then one order placed
 * (cash on delivery, home delivery in Algiers) and one repair visit booked, through the workflows
 * the Store API runs, with the shop's hooks. Their ids go to <result.json>.
 */
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createAppointmentWorkflow } from "@mj-chauffage/booking/workflows/create-appointment"
import { freeSlots, type SlotRequest } from "@mj-chauffage/booking/lib/availability/slots"
import { BOOKING_SETTINGS } from "@mj-chauffage/booking/lib/booking-settings"
import seed from "./seed"
import { CASH_ON_DELIVERY } from "./seed/payment-providers"
import { DELIVERY_OPTIONS } from "./seed/store-setup"

export type RestoreDrillShop = { order_id: string; order_display_id: number; appointment_id: string; technician_id: string }

/** A part of the seeded catalogue (the one the integration tests order). */
const PART = "electrode-d-allumage-saunier-duval"
const ADDRESS = {
  first_name: "Karim",
  last_name: "Benali",
  address_1: "12 rue Didouche Mourad",
  city: "Alger Centre",
  province: "16",
  postal_code: "16000",
  country_code: "dz",
  phone: "+213550123456",
}

type BookingService = {
  listBookingZones(filters: object): Promise<Array<{ id: string }>>
  listFaultTypes(filters: object): Promise<Array<{ id: string }>>
  availabilityInputs(zoneId: string, faultTypeId: string, from: string, to: string): Promise<Omit<SlotRequest, "now" | "settings">>
}

async function placeOrder(container: ExecArgs["container"]): Promise<{ id: string; display_id: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [region] = await container.resolve(Modules.REGION).listRegions({}, { take: 1 })
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
  const { data: [product] } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle: PART } })
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: region.id,
      sales_channel_id: channel.id,
      email: "restore-drill@example.dz",
      items: [{ variant_id: product.variants[0].id, quantity: 1 }],
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    },
  })
  const options = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: DELIVERY_OPTIONS[0].name })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: options[0].id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: CASH_ON_DELIVERY } })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: result.id } })
  return { id: order.id, display_id: Number(order.display_id) }
}

/** The first slot the storefront would offer in Alger for "no heating", booked as a guest. */
async function bookVisit(container: ExecArgs["container"]): Promise<{ id: string; technician_id: string }> {
  const booking = container.resolve<BookingService>("booking")
  const [zone] = await booking.listBookingZones({ handle: "alger" })
  const [fault] = await booking.listFaultTypes({ handle: "pas-de-chauffage" })
  const day = (offset: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(Date.now() + offset * 86_400_000))
  const inputs = await booking.availabilityInputs(zone.id, fault.id, day(1), day(14))
  const [slot] = freeSlots({ ...inputs, now: Date.now(), settings: BOOKING_SETTINGS })
  if (!slot) throw new Error("no free visit slot in the next two weeks")
  const { result } = await createAppointmentWorkflow(container).run({
    input: {
      zone_id: zone.id,
      fault_type_id: fault.id,
      starts_at: new Date(slot.start).toISOString(),
      contact: { first_name: "Karim", last_name: "Benali", phone: "+213550123456", email: "restore-drill@example.dz" },
      address: { address_1: ADDRESS.address_1, commune: ADDRESS.city, wilaya_code: ADDRESS.province },
      description: "La chaudière ne démarre plus.",
    },
  })
  return { id: result.id, technician_id: result.technician_id }
}

export default async function restoreDrillShop({ container, args }: ExecArgs) {
  const [resultFile] = args
  if (!resultFile) throw new Error("usage: medusa exec ./src/scripts/restore-drill-shop.ts <result.json>")
  // Placing an order is no thing to do to a real shop.
  if (process.env.NODE_ENV === "production") throw new Error("the restore drill's shop runs on throwaway databases only")
  await seed({ container, args: [] })
  const order = await placeOrder(container)
  const visit = await bookVisit(container)
  const result: RestoreDrillShop = { order_id: order.id, order_display_id: order.display_id, appointment_id: visit.id, technician_id: visit.technician_id }
  fs.writeFileSync(resultFile, JSON.stringify(result))
}
