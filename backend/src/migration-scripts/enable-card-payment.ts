import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { REGION_NAME } from "../scripts/seed/store-setup"
import { shopPaymentProviders } from "../scripts/seed/payment-providers"

/**
 * Runs once, at the first `db:migrate` after it was added: a shop seeded before card payment existed
 * gets every payment method this server has registered on its region. On a new database the region
 * does not exist yet and the seed does it.
 */
export default async function enableCardPayment({ container }: ExecArgs) {
  const [region] = await container.resolve(Modules.REGION).listRegions({ name: REGION_NAME })
  if (!region) return
  const paymentProviders = await shopPaymentProviders(container)
  await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: paymentProviders } } })
}
