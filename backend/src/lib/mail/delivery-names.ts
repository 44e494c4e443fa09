/**
 * The delivery method and stop-desk as a customer e-mail names them, in its language: the shipping
 * option's name is French (Medusa stores one), the mode recorded on the shipping method is not. The
 * stop-desk's names are those recorded on the shipping method at checkout (dz-delivery provider).
 */
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { isDeliveryMode, type DeliveryMode } from "../delivery/delivery-table"

const DELIVERY_MODE_NAMES: Record<ShopLocale, Record<DeliveryMode, string>> = {
  fr: { home: "Livraison à domicile", stopdesk: "Retrait en stop-desk" },
  ar: { home: "التوصيل إلى المنزل", stopdesk: "الاستلام من نقطة الاستلام" },
}

export type ShippingMethodForMail = { name: string; data?: Record<string, unknown> | null }

/** The method's name in the e-mail's language; the stored name when its mode is unknown. */
export function deliveryMethodName(method: ShippingMethodForMail | undefined, locale: ShopLocale): string {
  const mode = method?.data?.mode
  if (isDeliveryMode(mode)) return DELIVERY_MODE_NAMES[locale][mode]
  return method?.name ?? ""
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null)

/** The chosen stop-desk's name in the e-mail's language (the French one when no Arabic one was recorded). */
export function stopDeskName(method: ShippingMethodForMail | undefined, locale: ShopLocale): string | null {
  const french = text(method?.data?.stop_desk_name)
  return locale === "ar" ? (text(method?.data?.stop_desk_name_ar) ?? french) : french
}
