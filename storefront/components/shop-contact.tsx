import type { ShopPhoneLink } from "@mj-chauffage/shop-kernel/shop-identity"
import { getTranslations } from "next-intl/server"
import { showsMissingSettings, shopIdentity } from "../lib/shop/shop-identity"
import { SettingToComplete } from "./setting-to-complete"

type Props = {
  /** Where it stands: a line of introduction on a product or a booking page; none in the footer. */
  purpose?: "product" | "booking"
}

/**
 * How to reach the shop at once: its phone (a `tel:` link) and its WhatsApp, from the SHOP_PHONE and
 * SHOP_WHATSAPP settings, each number isolated left to right inside Arabic text. In production a
 * missing number is left out, and nothing renders when neither is configured.
 */
export async function ShopContact({ purpose }: Props) {
  const t = await getTranslations("shopContact")
  const { phone, whatsapp } = shopIdentity()
  const showMissing = showsMissingSettings()
  const links: Array<{ variable: string; label: string; link: ShopPhoneLink | null }> = [
    { variable: "SHOP_PHONE", label: t("call"), link: phone },
    { variable: "SHOP_WHATSAPP", label: t("whatsapp"), link: whatsapp },
  ].filter((item) => item.link || showMissing)
  if (!links.length) return null
  return (
    <div className={`shop-contact${purpose ? ` shop-contact--${purpose}` : ""}`}>
      {purpose ? <p>{t(purpose)}</p> : null}
      <ul className="shop-contact__links">
        {links.map(({ variable, label, link }) => (
          <li key={variable}>
            {link ? (
              <a href={link.href}>
                {label} <bdi dir="ltr">{link.display}</bdi>
              </a>
            ) : (
              <>
                {label} <SettingToComplete variable={variable} />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
