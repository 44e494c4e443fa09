import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { joinForDisplay } from "@mj-chauffage/shop-kernel/locale"
import { addAddressAction, deleteAddressAction, setDefaultAddressAction, updateAddressAction } from "../../../../actions/addresses"
import { AccountForm } from "../../../../components/account/account-form"
import { AccountNav } from "../../../../components/account/account-nav"
import { ShopLink } from "../../../../components/shop-link"
import { WilayaChoice } from "../../../../components/wilaya-choice"
import type { Locale } from "../../../../i18n/routing"
import { addressBookOrder, addressToEdit, defaultAddressOf } from "../../../../lib/account/address-book"
import { requireCustomer } from "../../../../lib/account/require-customer"
import type { CustomerAddress } from "../../../../lib/medusa/account"
import { listCommunes, listWilayas } from "../../../../lib/medusa/territory"
import { nameIn, type Commune } from "../../../../lib/territory/names"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/adresses">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "addresses" })
  return { title: t("title"), robots: { index: false } }
}

const WILAYA_CODE = /^\d{2}$/

/**
 * The customer's address book: the default delivery address first and marked, each address editable
 * (`?modifier=<id>`), the default switched with one button. A wilaya is chosen first (a plain GET
 * form), then a commune of it; no script is needed.
 */
export default async function AddressesPage({ params, searchParams }: PageProps<"/[locale]/compte/adresses">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("addresses")
  const customer = await requireCustomer(locale, `/${locale}/compte/adresses`)
  const query = await searchParams
  const addresses = addressBookOrder(customer.addresses)
  const defaultId = defaultAddressOf(customer.addresses)?.id
  const editing = addressToEdit(customer.addresses, query.modifier)
  const requested = query.wilaya
  const wilaya = typeof requested === "string" && WILAYA_CODE.test(requested) ? requested : (editing?.province ?? null)

  // The communes of every wilaya on the page: the book's names in the page's language, and the form's choices.
  const provinces = [...new Set([...addresses.map((address) => address.province), wilaya])].filter((code): code is string => Boolean(code && WILAYA_CODE.test(code)))
  const [wilayas, communeLists] = await Promise.all([listWilayas(), Promise.all(provinces.map((code) => listCommunes(code)))])
  const communesOf = (code: string | null): Commune[] => (code ? (communeLists[provinces.indexOf(code)] ?? []) : [])
  const placeOf = (address: CustomerAddress) => {
    const commune = communesOf(address.province).find((candidate) => candidate.name_fr === address.city)
    const found = wilayas.find((candidate) => candidate.code === address.province)
    return joinForDisplay([commune ? nameIn(commune, locale) : (address.city ?? ""), found ? `${found.code} – ${nameIn(found, locale)}` : (address.province ?? "")], locale)
  }
  const wilayaLabels = { wilaya: t("wilaya"), choose: t("chooseWilaya"), submit: t("continue"), change: t("changeWilaya") }
  const communeOptions = communesOf(wilaya).map((commune) => ({ value: commune.name_fr, label: nameIn(commune, locale) }))

  return (
    <section className="prose">
      <h1>{t("title")}</h1>
      <AccountNav />
      {addresses.length ? (
        <ul className="address-book">
          {addresses.map((address) => {
            const isDefault = address.id === defaultId
            return (
              <li key={address.id} className={isDefault ? "address-card address-card--default" : "address-card"}>
                {isDefault ? <p className="address-card__badge">{t("defaultBadge")}</p> : null}
                <p>
                  <strong>
                    {address.first_name} {address.last_name}
                  </strong>
                </p>
                <p>{address.address_1}</p>
                <p>{placeOf(address)}</p>
                <p>
                  <bdi dir="ltr">{address.phone}</bdi>
                </p>
                <div className="address-card__actions">
                  <ShopLink href={`/compte/adresses?modifier=${address.id}`} className="button">
                    {t("edit")}
                    <span className="visually-hidden"> : {address.address_1}</span>
                  </ShopLink>
                  {!isDefault ? (
                    <form action={setDefaultAddressAction}>
                      <input type="hidden" name="id" value={address.id} />
                      <button type="submit" className="button">
                        {t("makeDefault")}
                        <span className="visually-hidden"> : {address.address_1}</span>
                      </button>
                    </form>
                  ) : null}
                  <form action={deleteAddressAction}>
                    <input type="hidden" name="id" value={address.id} />
                    <button type="submit" className="button button--link">
                      {t("delete")}
                      <span className="visually-hidden"> : {address.address_1}</span>
                    </button>
                  </form>
                </div>
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}

      {editing ? (
        <section aria-labelledby="edit-address">
          <h2 id="edit-address">{t("editTitle")}</h2>
          <WilayaChoice wilayas={wilayas} locale={locale} chosen={wilaya} labels={wilayaLabels} keep={{ modifier: editing.id }} />
          {wilaya ? (
            <AccountForm
              // A new form when the wilaya changes: its commune choices are new.
              key={`${editing.id}-${wilaya}`}
              action={updateAddressAction}
              hidden={{ id: editing.id, wilaya }}
              submitLabel={t("save")}
              fields={[
                { name: "commune", label: t("commune"), required: true, hint: t("chooseCommune"), options: communeOptions, defaultValue: wilaya === editing.province ? (editing.city ?? "") : "" },
                { name: "address_1", label: t("address_1"), autoComplete: "street-address", required: true, defaultValue: editing.address_1 ?? "" },
                { name: "first_name", label: t("first_name"), autoComplete: "given-name", required: true, defaultValue: editing.first_name ?? "" },
                { name: "last_name", label: t("last_name"), autoComplete: "family-name", required: true, defaultValue: editing.last_name ?? "" },
                { name: "phone", label: t("phone"), type: "tel", autoComplete: "tel", required: true, dir: "ltr", defaultValue: editing.phone ?? "" },
              ]}
            />
          ) : null}
          <p>
            <ShopLink href="/compte/adresses">{t("backToBook")}</ShopLink>
          </p>
        </section>
      ) : (
        <section aria-labelledby="add-address">
          <h2 id="add-address">{t("addTitle")}</h2>
          <WilayaChoice wilayas={wilayas} locale={locale} chosen={wilaya} labels={wilayaLabels} />
          {wilaya ? (
            <AccountForm
              key={wilaya}
              action={addAddressAction}
              hidden={{ wilaya }}
              submitLabel={t("add")}
              fields={[
                { name: "commune", label: t("commune"), required: true, hint: t("chooseCommune"), options: communeOptions },
                { name: "address_1", label: t("address_1"), autoComplete: "street-address", required: true },
                { name: "first_name", label: t("first_name"), autoComplete: "given-name", required: true, defaultValue: customer.first_name ?? "" },
                { name: "last_name", label: t("last_name"), autoComplete: "family-name", required: true, defaultValue: customer.last_name ?? "" },
                { name: "phone", label: t("phone"), type: "tel", autoComplete: "tel", required: true, dir: "ltr", defaultValue: customer.phone ?? "" },
              ]}
            />
          ) : null}
        </section>
      )}
    </section>
  )
}
