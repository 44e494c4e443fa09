import { getTranslations } from "next-intl/server"
import type { Locale } from "../i18n/routing"
import type { OrderTotalWording } from "../lib/orders/order-total"
import { Price } from "./price"

type Line = { id: string; title: string; variant: string | null; quantity: number; total: number }

/** How the total reads: to pay (before ordering, cash on delivery), paid, or a plain total (cancelled). */
const TOTAL_LABEL = { toPay: "total", paid: "totalPaid", plain: "totalPlain" } as const

/** Lines and totals, as shown before confirming and on the confirmation. */
export async function OrderSummary(props: {
  lines: Line[]
  itemTotal: number
  shippingTotal: number
  total: number
  taxTotal: number
  locale: Locale
  totalWording?: OrderTotalWording
}) {
  const t = await getTranslations("checkout")
  return (
    <table className="order-summary">
      <caption className="visually-hidden">{t("summary")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("item")}</th>
          <th scope="col">{t("quantity")}</th>
          <th scope="col">{t("lineTotal")}</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line) => (
          <tr key={line.id}>
            <td>
              {line.title}
              {line.variant ? <span lang="fr"> ({line.variant})</span> : null}
            </td>
            <td>{line.quantity}</td>
            <td>
              <Price amount={line.total} locale={props.locale} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t("itemsTotal")}
          </th>
          <td>
            <Price amount={props.itemTotal} locale={props.locale} />
          </td>
        </tr>
        <tr>
          <th scope="row" colSpan={2}>
            {t("deliveryPrice")}
          </th>
          <td>
            <Price amount={props.shippingTotal} locale={props.locale} />
          </td>
        </tr>
        <tr className="order-summary__total">
          <th scope="row" colSpan={2}>
            {t(TOTAL_LABEL[props.totalWording ?? "toPay"])}
          </th>
          <td>
            <Price amount={props.total} locale={props.locale} />
          </td>
        </tr>
        <tr>
          <td colSpan={3} className="muted">
            {t("vatIncluded")} <Price amount={props.taxTotal} locale={props.locale} />
          </td>
        </tr>
      </tfoot>
    </table>
  )
}
