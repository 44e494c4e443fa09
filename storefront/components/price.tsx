import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import type { Locale } from "../i18n/routing"

/** A dinar amount as the shop writes it (`12 500 DA`, `12 500 د.ج`); digits kept left-to-right in Arabic. */
export function Price({ amount, locale, className }: { amount: number; locale: Locale; className?: string }) {
  return (
    <bdi className={className ?? "price"} dir="ltr">
      {formatDzd(amount, locale)}
    </bdi>
  )
}
