import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deleteSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { SALES_CHANNEL_NAME } from "../scripts/seed/store-setup"

/**
 * Runs once, at the first `db:migrate` after it was added: a shop seeded when the seed made its own
 * channel next to Medusa's "Default Sales Channel" loses every other channel that nothing uses (no
 * product, cart or order). With two channels, Medusa's store product routes filter each read by the
 * channel's whole product list; with one they filter nothing. A channel in use is left alone.
 */
export default async function keepOneSalesChannel({ container }: ExecArgs) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [shopChannel] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!shopChannel) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const unused: string[] = []
  for (const channel of await salesChannels.listSalesChannels({}, { select: ["id"], take: null })) {
    if (channel.id === shopChannel.id) continue
    const [products, carts, orders] = await Promise.all([
      query.graph({ entity: "product_sales_channel", fields: ["product_id"], filters: { sales_channel_id: channel.id }, pagination: { skip: 0, take: 1 } }),
      container.resolve(Modules.CART).listCarts({ sales_channel_id: channel.id }, { select: ["id"], take: 1 }),
      container.resolve(Modules.ORDER).listOrders({ sales_channel_id: channel.id }, { select: ["id"], take: 1 }),
    ])
    if (!products.data.length && !carts.length && !orders.length) unused.push(channel.id)
  }
  if (unused.length) await deleteSalesChannelsWorkflow(container).run({ input: { ids: unused } })
}
