import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const ADDRESS = ["first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

/**
 * GET /store/customers/me/data-export: everything the shop keeps about the logged-in customer (Loi
 * 18-07, right of access), as one JSON file: account, addresses, orders, repair visits.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: orders }] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone", "created_at", "metadata", ...ADDRESS.map((field) => `addresses.${field}`)],
      filters: { id: customerId },
    }),
    query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "created_at",
        "email",
        "status",
        "total",
        "currency_code",
        "metadata",
        "items.product_title",
        "items.variant_title",
        "items.quantity",
        "items.unit_price",
        ...ADDRESS.map((field) => `shipping_address.${field}`),
      ],
      filters: { customer_id: customerId },
    }),
  ])
  const booking = req.scope.resolve<{ listAppointments(filters: object, config?: object): Promise<unknown[]> }>("booking")
  const visits = await booking.listAppointments(
    { customer_id: customerId },
    {
      select: ["id", "starts_at", "ends_at", "status", "contact_first_name", "contact_last_name", "contact_phone", "contact_email", "address_1", "commune", "wilaya_code", "description", "boiler_brand", "boiler_model", "cancellation_reason", "created_at"],
      order: { starts_at: "DESC" },
    }
  )
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", 'attachment; filename="mes-donnees-mj-chauffage.json"')
  res.json({ exported_at: new Date().toISOString(), account: customers[0] ?? null, orders, repair_visits: visits })
}
