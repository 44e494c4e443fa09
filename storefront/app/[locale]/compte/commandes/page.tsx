import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountNav } from "../../../../components/account/account-nav"
import { Price } from "../../../../components/price"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"
import { requireCustomer } from "../../../../lib/account/require-customer"
import { algiersDay } from "../../../../lib/booking/slot-calendar"
import { customerOrders } from "../../../../lib/medusa/account"
import { orderStatusKey } from "../../../../lib/orders/status-words"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/commandes">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  return { title: t("ordersTitle"), robots: { index: false } }
}

export default async function AccountOrdersPage({ params }: PageProps<"/[locale]/compte/commandes">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("account")
  const statuses = await getTranslations("order")
  await requireCustomer(locale, `/${locale}/compte/commandes`)
  const orders = await customerOrders()
  return (
    <section className="prose">
      <h1>{t("ordersTitle")}</h1>
      <AccountNav />
      {orders.length ? (
        <table className="cart-table">
          <thead>
            <tr>
              <th scope="col">{t("order")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("total")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <td>
                  <ShopLink href={`/compte/commandes/${order.id}`}>
                    <bdi dir="ltr">#{order.display_id}</bdi>
                  </ShopLink>
                </td>
                <td>{algiersDay(order.created_at, locale)}</td>
                <td>
                  <Price amount={order.total} locale={locale} />
                </td>
                <td className={`order-status order-status--${order.customer_status.toLowerCase()}`}>{statuses(orderStatusKey(order))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("noOrders")}</p>
      )}
    </section>
  )
}
