import { getTranslations } from "next-intl/server"
import type { StockState } from "../lib/catalogue/stock-state"

/** The stock line; nothing when the quantity is not known (never a false "out of stock"). */
export async function StockBadge({ state }: { state: StockState }) {
  if (state === "unknown") return null
  const t = await getTranslations("stock")
  return <span className={`stock-badge stock-badge--${state}`}>{t(state)}</span>
}
