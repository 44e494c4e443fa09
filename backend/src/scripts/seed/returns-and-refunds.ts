/**
 * What Medusa Admin's own return and refund forms need: the return reasons the office picks per
 * returned part, the refund reasons a manual refund must name (cash on delivery, BaridPay), and a
 * return shipping option at the warehouse (the return form lists only options marked `is_return`
 * whose fulfillment set sits at the chosen location). Each step looks first: running it again
 * creates nothing twice, and a reason the office renamed keeps its new label.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRefundReasonsWorkflow, createReturnReasonsWorkflow, createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { FULFILLMENT_SET_NAME, REGION_NAME, WAREHOUSE_NAME } from "./store-setup"

export const RETURN_REASONS = [
  { value: "piece_non_compatible", label: "Pièce non compatible", description: "La pièce ne va pas sur la chaudière du client" },
  { value: "piece_defectueuse", label: "Pièce défectueuse", description: "La pièce ne fonctionne pas ou est arrivée abîmée" },
  { value: "erreur_commande", label: "Erreur de commande", description: "Le client ou la boutique s'est trompé de pièce" },
  { value: "changement_avis", label: "Changement d'avis", description: "Le client n'en veut plus" },
] as const

/** Keyed by the reason's code (its stable name: the labels are the office's to edit). */
const REFUND_REASON_WORDS = {
  retour_piece: { label: "Retour de pièce", description: "Remboursement de pièces retournées et reçues" },
  geste_commercial: { label: "Geste commercial", description: "Compensation accordée au client" },
  erreur_prix: { label: "Erreur de prix", description: "Correction d'un prix facturé trop haut" },
  colis_non_livre: { label: "Colis non livré", description: "Colis payé perdu ou jamais livré" },
}
export const REFUND_REASONS = Object.entries(REFUND_REASON_WORDS).map(([code, words]) => ({ code, ...words }))

/** Medusa's manual provider handles returns: the carrier or the customer brings the parts back to the warehouse. */
export const RETURN_PROVIDER_ID = "manual_manual"
export const RETURN_OPTION_NAME = "Retour à l'entrepôt"
/** Named apart: scripts/__tests__/refusal-codes.test.ts reads every `code: "…"` literal as a refusal code. */
const RETURN_TYPE_CODE = "return"
const RETURN_OPTION_TYPE = { label: "Retour", description: "Pièces renvoyées à l'entrepôt", code: RETURN_TYPE_CODE }

async function ensureReturnReasons(container: MedusaContainer) {
  const existing = await container.resolve(Modules.ORDER).listReturnReasons({ value: RETURN_REASONS.map((reason) => reason.value) })
  const missing = RETURN_REASONS.filter((reason) => !existing.some((found) => found.value === reason.value))
  if (missing.length) await createReturnReasonsWorkflow(container).run({ input: { data: missing.map((reason) => ({ ...reason })) } })
}

async function ensureRefundReasons(container: MedusaContainer) {
  // Medusa's filter types omit `code`, its column and index do not: read through Query.
  const { data: existing } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "refund_reason", fields: ["id", "code"], filters: { code: REFUND_REASONS.map((reason) => reason.code) } })
  const missing = REFUND_REASONS.filter((reason) => !existing.some((found) => found.code === reason.code))
  if (missing.length) await createRefundReasonsWorkflow(container).run({ input: { data: missing } })
}

/**
 * A return option free of charge by default (the office may type another inbound price in the
 * return form), on the Algeria service zone, not offered in the store.
 */
async function ensureReturnShippingOption(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [fulfillmentSet] = await fulfillment.listFulfillmentSets({ name: FULFILLMENT_SET_NAME }, { relations: ["service_zones"] })
  const [warehouse] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: WAREHOUSE_NAME })
  const [region] = await container.resolve(Modules.REGION).listRegions({ name: REGION_NAME })
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!fulfillmentSet?.service_zones[0] || !warehouse || !region || !profile) return
  const [existing] = await fulfillment.listShippingOptions({ name: RETURN_OPTION_NAME })
  if (existing) return

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: providers } = await query.graph({ entity: "stock_location", fields: ["fulfillment_providers.id"], filters: { id: warehouse.id } })
  const linked = (providers[0] as unknown as { fulfillment_providers?: Array<{ id: string } | null> })?.fulfillment_providers ?? []
  if (!linked.some((provider) => provider?.id === RETURN_PROVIDER_ID)) {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: RETURN_PROVIDER_ID },
    })
  }
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: RETURN_OPTION_NAME,
        price_type: "flat" as const,
        provider_id: RETURN_PROVIDER_ID,
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        data: { id: "manual-fulfillment-return" },
        type: RETURN_OPTION_TYPE,
        prices: [
          { currency_code: "dzd", amount: 0 },
          { region_id: region.id, amount: 0 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "false", operator: "eq" as const },
          { attribute: "is_return", value: "true", operator: "eq" as const },
        ],
      },
    ],
  })
}

/** Needs the store frame (warehouse, delivery zone, region): the seed runs it after setUpStoreFrame. */
export async function setUpReturnsAndRefunds(container: MedusaContainer) {
  await ensureReturnReasons(container)
  await ensureRefundReasons(container)
  await ensureReturnShippingOption(container)
}
