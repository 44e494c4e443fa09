/**
 * The per-cart card-page limit over every gateway of the plugin, read from their modules: SATIM's card
 * pages and Chargily's checkouts are the same risk (a place to try stolen cards), so they count together.
 */
import { cartCardPageAllowance, type CardPageAllowance, type CardPagesCounter } from "./card-page-limit"
import { CHARGILY_MODULE } from "../../modules/chargily"
import { SATIM_MODULE } from "../../modules/satim"

/** The modules of the card gateways, whose pages share the per-cart limit and the captcha. */
export const CARD_GATEWAY_MODULES = [SATIM_MODULE, CHARGILY_MODULE] as const

export function cardPageAllowanceOfCart(container: { resolve<T>(key: string): T }, cartId: string, now = new Date()): Promise<CardPageAllowance> {
  return cartCardPageAllowance(
    CARD_GATEWAY_MODULES.map((key) => container.resolve<CardPagesCounter>(key)),
    cartId,
    now
  )
}
