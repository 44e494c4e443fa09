/**
 * Turns an order (as Query returns it) into what the customer e-mails show. Pure: the caller
 * queries the order and signs its link.
 */
import { joinForDisplay, ltrIsolate, shopLocale, type ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { optionValueIn } from "@mj-chauffage/shop-kernel/option-words"
import { orderPaymentMethod, type OrderPayments } from "../orders/payment-method"
import { findWilaya } from "../territory/reference"
import { findCommune } from "../territory/address-place"
import { deliveryMethodName, stopDeskName } from "./delivery-names"
import type { OrderCancelledMailData, OrderMailData, OrderShippedMailData } from "./templates/order-mail-data"

export type OrderForMail = {
  display_id: number
  locale?: string | null
  metadata?: Record<string, unknown> | null
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  items: Array<{ product_id?: string | null; product_title?: string | null; title: string; variant_title?: string | null; quantity: number; total: number }>
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    phone?: string | null
  } | null
  shipping_methods?: Array<{ name: string; data?: Record<string, unknown> | null }> | null
} & OrderPayments

export const orderLocale = (order: Pick<OrderForMail, "locale" | "metadata">) => shopLocale(order.locale ?? order.metadata?.locale)

function customerName(order: Pick<OrderForMail, "shipping_address">): string {
  const address = order.shipping_address
  return [address?.first_name, address?.last_name].filter(Boolean).join(" ") || "client"
}

function addressLines(order: OrderForMail, locale: ShopLocale): string[] {
  const address = order.shipping_address
  if (!address) return []
  const wilaya = address.province ? findWilaya(address.province) : undefined
  const wilayaName = wilaya ? `${wilaya.code} ${locale === "ar" ? wilaya.name_ar : wilaya.name_fr}` : address.province
  // The commune as the territory data names it in the e-mail's language (the customer picked either name).
  const commune = address.province && address.city ? findCommune(address.province, address.city) : undefined
  const communeName = commune ? (locale === "ar" ? commune.name_ar : commune.name_fr) : address.city
  return [
    address.address_1,
    address.address_2,
    joinForDisplay([communeName, [address.postal_code, wilayaName].filter(Boolean).join(" ")].filter((part): part is string => Boolean(part)), locale),
    // A phone number reads left to right inside an Arabic e-mail too ("+213…", not "…213+").
    address.phone ? (locale === "ar" ? ltrIsolate(address.phone) : address.phone) : null,
  ].filter((line): line is string => Boolean(line))
}

/**
 * The order's lines in the customer's language: an order keeps the French titles its lines were added
 * with (the office reads them), so an Arabic e-mail takes each product's Arabic title from
 * `arabicTitles` (product id → title, from the catalogue's translations) and the option words' Arabic.
 */
export function inCustomerLanguage<Order extends OrderForMail>(order: Order, arabicTitles: ReadonlyMap<string, string>): Order {
  if (orderLocale(order) !== "ar") return order
  return {
    ...order,
    items: order.items.map((item) => ({
      ...item,
      product_title: (item.product_id && arabicTitles.get(item.product_id)) || item.product_title,
      variant_title: item.variant_title ? optionValueIn(item.variant_title, "ar") : item.variant_title,
    })),
  }
}

export function buildOrderMailData(order: OrderForMail, orderUrl: string): OrderMailData {
  const locale = orderLocale(order)
  const method = order.shipping_methods?.[0]
  return {
    locale,
    display_id: order.display_id,
    customer_name: customerName(order),
    items: order.items.map((item) => ({
      title: item.product_title || item.title,
      // "Standard" is the single variant's name, in French or (inCustomerLanguage) in Arabic: no need to print it.
      variant: item.variant_title && !["Standard", optionValueIn("Standard", "ar")].includes(item.variant_title) ? item.variant_title : null,
      quantity: item.quantity,
      total: Number(item.total),
    })),
    item_total: Number(order.item_total),
    shipping_total: Number(order.shipping_total),
    tax_total: Number(order.tax_total),
    total: Number(order.total),
    address_lines: addressLines(order, locale),
    delivery_method: deliveryMethodName(method, locale),
    stop_desk: stopDeskName(method, locale),
    payment: orderPaymentMethod(order),
    order_url: orderUrl,
  }
}

export function buildOrderCancelledMailData(order: OrderForMail, orderUrl: string): OrderCancelledMailData {
  return {
    locale: orderLocale(order),
    display_id: order.display_id,
    customer_name: customerName(order),
    total: Number(order.total),
    order_url: orderUrl,
  }
}

export function buildOrderShippedMailData(
  order: Pick<OrderForMail, "display_id" | "locale" | "metadata" | "shipping_address">,
  shipment: { carrier: string; tracking_number: string; tracking_url: string | null },
  orderUrl: string
): OrderShippedMailData {
  return {
    locale: orderLocale(order),
    display_id: order.display_id,
    customer_name: customerName(order),
    order_url: orderUrl,
    ...shipment,
  }
}
