import { getTranslations } from "next-intl/server"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"
import { joinForDisplay } from "@mj-chauffage/shop-kernel/locale"
import type { Locale } from "../i18n/routing"
import { shownVariantTitle } from "../lib/cart/cart-view"
import { productsByIds } from "../lib/medusa/catalogue"
import type { LinkedOrder } from "../lib/medusa/order-link"
import { listCommunes, listStopDesks, listWilayas } from "../lib/medusa/territory"
import { nameIn } from "../lib/territory/names"
import { OrderSummary } from "./order-summary"
import { orderTotalWording, partlyRefunded } from "../lib/orders/order-total"
import { awaitsCourierCash, orderStatusKey } from "../lib/orders/status-words"
import { Price } from "./price"

/**
 * An order as its customer sees it (from its signed link or from the account): status, lines, totals,
 * delivery. A pending order waits for the courier's cash, or for a BaridPay transfer (its `payment_method`).
 */
export async function OrderDetails({ order, locale }: { order: LinkedOrder; locale: Locale }) {
  const t = await getTranslations("order")
  const address = order.shipping_address
  const method = order.shipping_methods?.[0]
  const wilayaCode = address?.province ?? ""
  const [products, wilayas, communes, desks] = await Promise.all([
    productsByIds([...new Set(order.items.map((item) => item.product_id).filter((id): id is string => Boolean(id)))], locale),
    listWilayas(),
    listCommunes(wilayaCode),
    method?.data?.mode === "stopdesk" ? listStopDesks(wilayaCode) : Promise.resolve([]),
  ])
  const titleOf = (item: LinkedOrder["items"][number]) => products.find((product) => product.id === item.product_id)?.title ?? item.product_title
  const wilaya = wilayas.find((candidate) => candidate.code === wilayaCode)
  const commune = communes.find((candidate) => candidate.name_fr === address?.city)
  const desk = desks.find((candidate) => candidate.id === method?.data?.stop_desk_id)
  const refunded = partlyRefunded(order)
  return (
    <>
      <h1>{order.customer_status === "PENDING" ? t("thanks") : t("title")}</h1>
      <p className="order-number">
        {t("number")} <bdi dir="ltr">#{order.display_id}</bdi> · {algiersDateTime(order.created_at, locale)}
      </p>
      <p className={`order-status order-status--${order.customer_status.toLowerCase()}`}>
        {t("status")} : {t(orderStatusKey(order))}
      </p>
      {awaitsCourierCash(order) ? <p>{t("codNext")}</p> : null}
      {order.customer_status === "RETURNED" ? <p>{t("returnedNext")}</p> : null}
      <OrderSummary
        lines={order.items.map((item, index) => ({
          id: item.id ?? String(index),
          title: titleOf(item),
          variant: shownVariantTitle(item.variant_title, locale),
          quantity: item.quantity,
          total: item.total,
        }))}
        itemTotal={order.item_total}
        shippingTotal={order.shipping_total}
        taxTotal={order.tax_total}
        total={order.total}
        locale={locale}
        totalWording={orderTotalWording(order)}
      />
      {refunded ? (
        <p className="order-refunded">
          {t("partlyRefunded")} : <Price amount={refunded} locale={locale} />
        </p>
      ) : null}
      {address ? (
        <section aria-labelledby="order-delivery" className="review-block">
          <h2 id="order-delivery">{t("delivery")}</h2>
          <p>
            {address.first_name} {address.last_name} · <bdi dir="ltr">{address.phone}</bdi>
          </p>
          <p>{desk ? `${t("stopDesk")} : ${nameIn(desk, locale)}` : address.address_1}</p>
          <p>
            {joinForDisplay([commune ? nameIn(commune, locale) : address.city ?? "", wilaya ? nameIn(wilaya, locale) : wilayaCode], locale)}
          </p>
        </section>
      ) : null}
      <p className="muted">{t("emailSent")}</p>
    </>
  )
}
