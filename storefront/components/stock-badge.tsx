import { getTranslations } from "next-intl/server"
import type { StockState } from "../lib/catalogue/stock-state"

export async function StockBadge({ state }: { state: StockState }) {
  const t = await getTranslations("stock")
  return <span className={`stock-badge stock-badge--${state}`}>{t(state)}</span>
}
