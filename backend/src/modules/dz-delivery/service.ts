/**
 * Fulfillment provider for delivery in Algeria, home or stop-desk. The price is calculated on the
 * server from the cart's wilaya (shipping_address.province holds its 2-digit code) and the zones the
 * office set in Medusa Admin (module delivery-rates, reached through the fulfillment module's declared
 * dependency in medusa-config.ts), never taken from the client; a stop-desk must belong to that
 * wilaya and is stored on the shipping method with its names.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import { deliveryQuote, findActiveStopDesk, isDeliveryMode, type DeliveryMode, type DeliveryTable } from "../../lib/delivery/delivery-table"
import { DELIVERY_RATES_MODULE } from "../delivery-rates"
import type DeliveryRatesModuleService from "../delivery-rates/service"

function modeOf(optionData: Record<string, unknown>): DeliveryMode {
  if (!isDeliveryMode(optionData.mode)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown delivery mode "${String(optionData.mode)}"`, refusal("invalid_request"))
  }
  return optionData.mode
}

function quoteFor(table: DeliveryTable, wilayaCode: unknown, mode: DeliveryMode) {
  const quote = typeof wilayaCode === "string" ? deliveryQuote(table, wilayaCode, mode) : null
  if (!quote) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Indiquez la wilaya de livraison (code à deux chiffres, 01 à 58) dans l'adresse pour connaître le prix de la livraison.",
      refusal("delivery_wilaya_missing")
    )
  }
  return quote
}

class DzDeliveryProviderService extends AbstractFulfillmentProviderService {
  static identifier = "dz-delivery"

  /** Resolved at each use: the delivery-rates module is registered in the app after this provider is built. */
  private readonly cradle: Record<string, unknown>

  constructor(cradle: Record<string, unknown>) {
    super()
    this.cradle = cradle
  }

  private deliveryTable(): Promise<DeliveryTable> {
    return (this.cradle[DELIVERY_RATES_MODULE] as DeliveryRatesModuleService).deliveryTable()
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [
      { id: "home", mode: "home" },
      { id: "stopdesk", mode: "stopdesk" },
    ]
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return isDeliveryMode(data.mode)
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const quote = quoteFor(await this.deliveryTable(), context.shipping_address?.province, modeOf(optionData))
    return { calculated_amount: quote.amount, is_calculated_price_tax_inclusive: true }
  }

  async validateFulfillmentData(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: ValidateFulfillmentDataContext
  ): Promise<Record<string, unknown>> {
    const mode = modeOf(optionData)
    const wilayaCode = context.shipping_address?.province
    const table = await this.deliveryTable()
    const quote = quoteFor(table, wilayaCode, mode)
    const delivery = { mode, wilaya_code: wilayaCode, zone_id: quote.zone_id, delay_days: quote.delay_days }
    if (mode === "home") return delivery
    const desk = typeof data.stop_desk_id === "string" ? findActiveStopDesk(table, data.stop_desk_id) : undefined
    if (!desk || desk.wilaya_code !== wilayaCode) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Choisissez un stop-desk de la wilaya ${wilayaCode} (GET /store/delivery/stop-desks?wilaya=${wilayaCode}).`,
        refusal("stop_desk_required")
      )
    }
    // Both names as they are today: the order's e-mails name the desk even if the office renames it later.
    return { ...delivery, stop_desk_id: desk.id, stop_desk_name: desk.name_fr, stop_desk_name_ar: desk.name_ar }
  }

  async createFulfillment(data: Record<string, unknown>): Promise<CreateFulfillmentResult> {
    // Handing the parcel to a carrier is done by the office (carrier and tracking number on the shipment).
    return { data: { ...data }, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

export default DzDeliveryProviderService
