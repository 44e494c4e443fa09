import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ClaimOrderForm } from "../../../components/account/claim-order-form"
import { BaridpayInstructions } from "../../../components/baridpay-instructions"
import { ClientMessages } from "../../../components/client-messages"
import { MessagePage } from "../../../components/message-page"
import { OrderDetails } from "../../../components/order-details"
import { OrderInvoices } from "../../../components/order-invoices"
import type { Locale } from "../../../i18n/routing"
import { currentCustomer, customerOrder } from "../../../lib/medusa/account"
import { orderFromLink } from "../../../lib/medusa/order-link"
import { baridpayOfOrder } from "../../../lib/medusa/baridpay-payment"
import { orderInvoices } from "../../../lib/medusa/invoices"
import { refusalWords } from "../../../lib/medusa/refusal-text"

export async function generateMetadata({ params }: PageProps<"/[locale]/commande">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "order" })
  // The URL carries a token: never indexed, never sent as a referrer.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" }
}

/**
 * An order opened from the signed link of its e-mail. A logged-in customer who opens it may add it
 * to their account: the link is the proof that the order's e-mail reached them.
 */
export default async function OrderPage({ params, searchParams }: PageProps<"/[locale]/commande">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("order")
  const tokenParam = (await searchParams).token
  const token = typeof tokenParam === "string" ? tokenParam : ""
  const result = await orderFromLink(token)
  if ("problem" in result) {
    return <MessagePage title={t("title")} text={await refusalWords(result.problem)} alert action={{ href: "/", label: t("backHome") }} />
  }
  const customer = await currentCustomer().catch(() => null)
  const [inAccount, invoices, baridpay] = await Promise.all([
    customer ? customerOrder(result.order.id).then((order) => order !== null) : false,
    orderInvoices(result.order.id, { token }),
    result.order.payment_method === "baridpay" ? baridpayOfOrder({ token }) : null,
  ])
  return (
    <>
      {baridpay ? <BaridpayInstructions payment={baridpay} order={{ token }} locale={locale} /> : null}
      <OrderDetails order={result.order} locale={locale} />
      <OrderInvoices documents={invoices} locale={locale} token={token} />
      {customer && !inAccount ? (
        <ClientMessages namespaces={["account"]}>
          <ClaimOrderForm token={token} />
        </ClientMessages>
      ) : null}
    </>
  )
}
