import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { readBaridpayOptions, type BaridpayOptions } from "../../lib/baridpay/options"
import { BaridpayOrder } from "./models/baridpay-order"

/** The plugin option this module reads: absent when BaridPay is not configured. */
export type BaridpayPluginOptions = { baridpay?: Record<string, unknown> }

/** Records of BaridPay orders, and where the customer pays (RIP, QR); the rules are lib/baridpay, the actions workflows/baridpay. */
class BaridpayModuleService extends MedusaService({ BaridpayOrder }) {
  private readonly payee?: BaridpayOptions

  constructor(cradle: Record<string, unknown>, options: BaridpayPluginOptions = {}) {
    super(cradle, options)
    this.payee = options.baridpay ? readBaridpayOptions(options.baridpay) : undefined
  }

  /** The shop's RIP and QR, shown with each order's amount and reference. */
  payeeDetails(): BaridpayOptions {
    if (!this.payee) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "BaridPay is not configured on this shop.", refusal("baridpay_not_baridpay_order"))
    return this.payee
  }
}

export default BaridpayModuleService
