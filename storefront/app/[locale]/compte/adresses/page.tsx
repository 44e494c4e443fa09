import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { addAddressAction, deleteAddressAction } from "../../../../actions/addresses"
import { AccountForm } from "../../../../components/account/account-form"
import { AccountNav } from "../../../../components/account/account-nav"
import { WilayaOptions } from "../../../../components/wilaya-select"
import type { Locale } from "../../../../i18n/routing"
import { requireCustomer } from "../../../../lib/account/require-customer"
import { listCommunes, listWilayas } from "../../../../lib/medusa/territory"
import { nameIn } from "../../../../lib/territory/names"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/adresses">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "addresses" })
  return { title: t("title"), robots: { index: false } }
}

/**
 * The customer's address book: the first address is the default for deliveries and visits. A new
 * address takes its wilaya first (a plain GET form), then a commune of that wilaya.
 */
export default async function AddressesPage({ params, searchParams }: PageProps<"/[locale]/compte/adresses">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("addresses")
  const customer = await requireCustomer(locale, `/${locale}/compte/adresses`)
  const requested = (await searchParams).wilaya
  const wilaya = typeof requested === "string" && /^\d{2}$/.test(requested) ? requested : null
  const [wilayas, communes] = await Promise.all([listWilayas(), wilaya ? listCommunes(wilaya) : Promise.resolve([])])
  const wilayaName = (code: string | null) => {
    const found = wilayas.find((candidate) => candidate.code === code)
    return found ? nameIn(found, locale) : (code ?? "")
  }
  const addresses = customer.addresses ?? []
  return (
    <section className="prose">
      <h1>{t("title")}</h1>
      <AccountNav />
      {addresses.length ? (
        <ul className="visit-list">
          {addresses.map((address) => (
            <li key={address.id}>
              <strong>
                {address.first_name} {address.last_name}
              </strong>
              {address.is_default_shipping ? <span className="muted"> · {t("default")}</span> : null}
              <br />
              {address.address_1} · {address.city} · {wilayaName(address.province)} · <bdi dir="ltr">{address.phone}</bdi>
              <form action={deleteAddressAction}>
                <input type="hidden" name="id" value={address.id} />
                <button type="submit" className="button button--link">
                  {t("delete")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
      <h2>{t("addTitle")}</h2>
      <form method="get" className="checkout-form">
        <label>
          {t("wilaya")}
          <select name="wilaya" defaultValue={wilaya ?? ""} required>
            <option value="" disabled>
              {t("chooseWilaya")}
            </option>
            <WilayaOptions wilayas={wilayas} locale={locale} />
          </select>
        </label>
        {!wilaya ? (
          <button type="submit" className="button">
            {t("continue")}
          </button>
        ) : null}
      </form>
      {wilaya ? (
        <AccountForm
          action={addAddressAction}
          hidden={{ wilaya }}
          submitLabel={t("add")}
          fields={[
            { name: "commune", label: t("commune"), required: true, hint: t("chooseCommune"), options: communes.map((commune) => ({ value: commune.name_fr, label: nameIn(commune, locale) })) },
            { name: "address_1", label: t("address_1"), autoComplete: "street-address", required: true },
            { name: "first_name", label: t("first_name"), autoComplete: "given-name", required: true, defaultValue: customer.first_name ?? "" },
            { name: "last_name", label: t("last_name"), autoComplete: "family-name", required: true, defaultValue: customer.last_name ?? "" },
            { name: "phone", label: t("phone"), type: "tel", autoComplete: "tel", required: true, dir: "ltr", defaultValue: customer.phone ?? "" },
          ]}
        />
      ) : null}
    </section>
  )
}
