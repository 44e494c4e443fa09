import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { anonymisedAddress, anonymisedEmail } from "../../lib/privacy/anonymised"

type Address = { id: string; first_name?: string | null; last_name?: string | null; address_1?: string | null; address_2?: string | null; company?: string | null; phone?: string | null; postal_code?: string | null; city?: string | null; province?: string | null; country_code?: string | null }
type OrderRow = { id: string; email: string | null; shipping_address?: Address | null; billing_address?: Address | null }

const ADDRESS_FIELDS = ["id", "first_name", "last_name", "address_1", "address_2", "company", "phone", "postal_code", "city", "province", "country_code"]

/**
 * The account's orders stay (amounts, lines, dates: the law keeps them, invoices refer to them) but
 * their e-mail and addresses no longer name or locate the customer.
 */
export const anonymiseOrdersStep = createStep(
  "anonymise-orders",
  async (input: { customer_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "email", ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`), ...ADDRESS_FIELDS.map((field) => `billing_address.${field}`)],
      filters: { customer_id: input.customer_id },
    })
    const orders = data as unknown as OrderRow[]
    const addresses = orders.flatMap((order) => [order.shipping_address, order.billing_address]).filter((address): address is Address => Boolean(address?.id))
    const unique = [...new Map(addresses.map((address) => [address.id, address])).values()]
    const service = container.resolve(Modules.ORDER)
    if (orders.length) await service.updateOrders(orders.map((order) => ({ id: order.id, email: anonymisedEmail(input.customer_id) })))
    if (unique.length) await service.updateOrderAddresses(unique.map((address) => ({ id: address.id, ...anonymisedAddress(address) })) as never)
    return new StepResponse({ count: orders.length }, { orders: orders.map(({ id, email }) => ({ id, email })), addresses: unique })
  },
  async (saved, { container }) => {
    if (!saved) return
    const service = container.resolve(Modules.ORDER)
    if (saved.orders.length) await service.updateOrders(saved.orders.map((order) => ({ id: order.id, email: order.email ?? undefined })))
    if (saved.addresses.length) await service.updateOrderAddresses(saved.addresses as never)
  }
)
