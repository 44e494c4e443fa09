import type { Metadata } from "next"
import { ClientMessages } from "../../../components/client-messages"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CartLineForm } from "../../../components/cart-line-form"
import { Price } from "../../../components/price"
import { StockBadge } from "../../../components/stock-badge"
import { WilayaChoice } from "../../../components/wilaya-choice"
import { MessagePage } from "../../../components/message-page"
import { ShopLink } from "../../../components/shop-link"
import type { Locale } from "../../../i18n/routing"
import { currentCart } from "../../../lib/medusa/cart"
import { deliveryZoneOf, listWilayas } from "../../../lib/medusa/territory"
import { nameIn } from "../../../lib/territory/names"

export async function generateMetadata({ params }: PageProps<"/[locale]/panier">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "cart" })
  return { title: t("title") }
}

export default async function CartPage({ params, searchParams }: PageProps<"/[locale]/panier">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("cart")
  const cart = await currentCart(locale)
  if (!cart || !cart.lines.length) {
    return <MessagePage title={t("title")} text={t("empty")} action={{ href: "/categories", label: t("continue") }} />
  }
  const wilayaParam = (await searchParams).wilaya
  const wilayaCode = typeof wilayaParam === "string" && /^\d{2}$/.test(wilayaParam) ? wilayaParam : ""
  const [wilayas, zone] = await Promise.all([listWilayas(), wilayaCode ? deliveryZoneOf(wilayaCode) : Promise.resolve(null)])
  return (
    <>
      <h1>{t("title")}</h1>
      {/* The quantity forms' texts, sent once for all the lines. */}
      <ClientMessages namespaces={["cart"]}>
        <table className="cart-table">
          <caption className="visually-hidden">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("item")}</th>
              <th scope="col">{t("unitPrice")}</th>
              <th scope="col">{t("quantity")}</th>
              <th scope="col">{t("lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {cart.lines.map((line) => (
              <tr key={line.id}>
                <td>
                  {line.handle ? <ShopLink href={`/produits/${line.handle}`}>{line.title}</ShopLink> : line.title}
                  {line.variant ? <span lang="fr"> ({line.variant})</span> : null}
                  <br />
                  <StockBadge state={line.stock} />
                </td>
                {/* data-label: the column's name above each value when a phone shows a line as a card (globals.css). */}
                <td data-label={t("unitPrice")}>
                  <Price amount={line.unitPrice} locale={locale} />
                </td>
                <td>
                  <CartLineForm lineId={line.id} quantity={line.quantity} title={line.title} />
                </td>
                <td data-label={t("lineTotal")}>
                  <Price amount={line.total} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ClientMessages>
      <section className="cart-summary" aria-labelledby="cart-summary">
        <h2 id="cart-summary">{t("summary")}</h2>
        <p>
          {t("itemsTotal")} <Price amount={cart.itemTotal} locale={locale} />
        </p>
        <WilayaChoice
          wilayas={wilayas}
          locale={locale}
          chosen={wilayaCode || null}
          labels={{ wilaya: t("deliveryTo"), choose: t("chooseWilaya"), submit: t("estimate") }}
          action={`/${locale}/panier`}
          required={false}
          className="delivery-estimate"
        />
        {zone ? (
          <ul className="delivery-quote" aria-live="polite">
            <li>
              {t("homeDelivery")}: <Price amount={zone.home.price} locale={locale} /> · {t("delay", { days: zone.home.delay_days })}
            </li>
            <li>
              {t("stopDesk")}: <Price amount={zone.stopdesk.price} locale={locale} /> · {t("delay", { days: zone.stopdesk.delay_days })}
            </li>
            <li className="muted">{nameIn(zone, locale)}</li>
          </ul>
        ) : null}
        <p className="muted">{t("taxIncluded")}</p>
        <ShopLink className="button button--primary" href="/caisse">
          {t("checkout")}
        </ShopLink>
      </section>
    </>
  )
}
