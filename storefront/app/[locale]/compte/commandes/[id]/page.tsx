import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountNav } from "../../../../../components/account/account-nav"
import { BaridpayInstructions } from "../../../../../components/baridpay-instructions"
import { MessagePage } from "../../../../../components/message-page"
import { OrderDetails } from "../../../../../components/order-details"
import { OrderInvoices } from "../../../../../components/order-invoices"
import type { Locale } from "../../../../../i18n/routing"
import { requireCustomer } from "../../../../../lib/account/require-customer"
import { customerOrder } from "../../../../../lib/medusa/account"
import { baridpayOfOrder } from "../../../../../lib/medusa/baridpay-payment"
import { orderInvoices } from "../../../../../lib/medusa/invoices"
import { refusalWords } from "../../../../../lib/medusa/refusal-text"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/commandes/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "order" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AccountOrderPage({ params }: PageProps<"/[locale]/compte/commandes/[id]">) {
  const { locale: raw, id } = await params
  const locale = raw as Locale
  setRequestLocale(locale)
  await requireCustomer(locale, `/${locale}/compte/commandes/${encodeURIComponent(id)}`)
  const order = await customerOrder(id)
  if (!order) {
    const t = await getTranslations("account")
    return <MessagePage title={t("ordersTitle")} text={await refusalWords("order_not_found")} alert action={{ href: "/compte/commandes", label: t("ordersTitle") }} />
  }
  const [invoices, baridpay] = await Promise.all([orderInvoices(order.id, "account"), order.payment_method === "baridpay" ? baridpayOfOrder({ orderId: order.id }) : null])
  return (
    <>
      <AccountNav />
      {baridpay ? <BaridpayInstructions payment={baridpay} order={{ orderId: order.id }} locale={locale} /> : null}
      <OrderDetails order={order} locale={locale} />
      <OrderInvoices documents={invoices} locale={locale} />
    </>
  )
}
