/**
 * Arabic catalogue content through Medusa's Translation module on the real app: the seed writes it
 * (locale ar-DZ), the Store API answers it for ?locale=ar-DZ or x-medusa-locale while French stays
 * Medusa's own fields, the office edits it through the admin API, and the migration script moves the
 * Arabic metadata of an older database into translations.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import moveArabicMetadataToTranslations from "../../src/migration-scripts/move-arabic-metadata-to-translations"
import { arabicSummary, arabicTitle, CATEGORIES_AR } from "../../src/scripts/seed/arabic-names"
import { BRANDS, CATEGORIES } from "../../src/scripts/seed/categories"
import { SEED_PRODUCTS } from "../../src/scripts/seed/catalogue"
import { adminHeaders } from "../helpers/admin-headers"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(180_000)

const seeded = (title: string) => {
  const product = SEED_PRODUCTS.find((candidate) => candidate.title === title)
  if (!product) throw new Error(`No seeded product titled ${title}`)
  return { ...product, arabicTitle: arabicTitle(product, BRANDS[product.brand].name), arabicSummary: arabicSummary(product, BRANDS[product.brand].name) }
}

const THEMA = seeded("Circulateur Saunier Duval Thema Condens")
const BERETTA = seeded("Vase d'expansion Beretta 8 L")
const LUNA = seeded("Circulateur Baxi Luna 3")

type StoreProduct = { id: string; title: string; description: string; metadata: Record<string, unknown> | null; categories: { name: string }[] }

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop

  const storeProduct = async (handle: string, locale?: string, extraHeaders: Record<string, string> = {}): Promise<StoreProduct> => {
    const query = `handle=${handle}&fields=id,title,description,metadata,*categories${locale ? `&locale=${locale}` : ""}`
    return (await api.get(`/store/products?${query}`, { headers: { ...headers, ...extraHeaders } })).data.products[0]
  }

  const translationModule = () => getContainer().resolve(Modules.TRANSLATION)
  const productId = async (container: MedusaContainer, handle: string) => (await container.resolve(Modules.PRODUCT).listProducts({ handle }))[0].id

  it("answers a product in Arabic for ar-DZ (query or header) and in French without a locale", async () => {
    const french = await storeProduct(THEMA.handle)
    expect(french.title).toBe(THEMA.title)
    expect(french.categories[0].name).toBe(CATEGORIES.circulateurs.name)

    const arabic = await storeProduct(THEMA.handle, "ar-DZ")
    expect(arabic.title).toBe(THEMA.arabicTitle)
    expect(arabic.description).toBe(THEMA.arabicSummary)
    expect(arabic.categories[0].name).toBe(CATEGORIES_AR.circulateurs.name)

    expect((await storeProduct(THEMA.handle, undefined, { "x-medusa-locale": "ar-DZ" })).title).toBe(THEMA.arabicTitle)
    // A locale the shop has no text in falls back to Medusa's own (French) fields.
    expect((await storeProduct(THEMA.handle, "en-US")).title).toBe(THEMA.title)
  })

  it("answers categories in Arabic and lists ar-DZ among the store's locales", async () => {
    const { data } = await api.get("/store/product-categories?handle=circulateurs&fields=id,name,description&locale=ar-DZ", { headers })
    expect(data.product_categories[0]).toMatchObject({ name: CATEGORIES_AR.circulateurs.name, description: CATEGORIES_AR.circulateurs.description })
    const { data: locales } = await api.get("/store/locales", { headers })
    expect(locales.locales).toEqual(expect.arrayContaining([expect.objectContaining({ code: "ar-DZ" })]))
  })

  it("refuses a repeated or malformed locale with a 400 (Medusa itself left such a request hanging)", async () => {
    for (const query of ["locale=ar-DZ&locale=fr", "locale[code]=ar", "locale=%3Cscript%3E"]) {
      const refused = await api.get(`/store/products?${query}`, { headers }).catch((error: { response: { status: number; data: { code: string } } }) => error.response)
      expect([query, refused.status, refused.data.code]).toEqual([query, 400, "invalid_input"])
    }
  })

  it("tells Medusa Admin the translation feature is on, so its product and category pages offer Translations", async () => {
    const { data } = await api.get("/admin/feature-flags")
    expect(data.feature_flags).toMatchObject({ translation: true })
  })

  it("keeps no Arabic text in the seeded metadata any more", async () => {
    const product = await storeProduct(THEMA.handle)
    expect(product.metadata).not.toHaveProperty("title_ar")
    expect(product.metadata).not.toHaveProperty("summary_ar")
    expect(product.metadata).toMatchObject({ mpn: "S1068900" })
  })

  it("shows the office's edit of an Arabic title (admin translations API) to Arabic shoppers only, and finds the part by it", async () => {
    const container = getContainer()
    const id = await productId(container, LUNA.handle)
    const search = async (q: string) => (await api.get(`/store/part-search?q=${encodeURIComponent(q)}`, { headers })).data.product_ids as string[]
    expect(await search("لونا")).not.toContain(id)

    const [translation] = await translationModule().listTranslations({ reference_id: id, locale_code: "ar-DZ" })
    const edited = "مضخة تدوير Baxi لونا 3 (أصلية)"
    // The search index follows translation events (src/search/product.ts): wait for their subscribers, not for time.
    const reindexed = TestEventUtils.waitSubscribersExecution("translation.updated", container.resolve(Modules.EVENT_BUS))
    await api.post(
      "/admin/translations/batch",
      { update: [{ id: translation.id, translations: { ...translation.translations, title: edited } }] },
      { headers: await adminHeaders(container) }
    )
    await reindexed
    expect((await storeProduct(LUNA.handle, "ar-DZ")).title).toBe(edited)
    expect((await storeProduct(LUNA.handle)).title).toBe(LUNA.title)
    expect((await search("لونا"))[0]).toBe(id)
  })

  it("moves an older database's Arabic metadata into translations, keeping the office's own text", async () => {
    const container = getContainer()
    const translation = translationModule()
    const themaId = await productId(container, THEMA.handle)
    const berettaId = await productId(container, BERETTA.handle)
    // As before this change: Thema's Arabic only in metadata; Beretta's title translated by the office, its description not.
    const themaTranslations = await translation.listTranslations({ reference_id: themaId })
    await translation.deleteTranslations(themaTranslations.map((row) => row.id))
    const [beretta] = await translation.listTranslations({ reference_id: berettaId, locale_code: "ar-DZ" })
    await translation.updateTranslations({ id: beretta.id, translations: { title: "خزان تمدد بيريتا (المكتب)", description: "" } })
    await updateProductsWorkflow(container).run({
      input: {
        products: [
          { id: themaId, metadata: { mpn: "S1068900", title_ar: "مضخة تدوير قديمة", summary_ar: "وصف قديم" } },
          { id: berettaId, metadata: { mpn: "R10023580", title_ar: "عنوان قديم", summary_ar: "وصف بيريتا" } },
        ],
      },
    })
    expect((await storeProduct(THEMA.handle, "ar-DZ")).title).toBe(THEMA.title)

    await moveArabicMetadataToTranslations({ container, args: [] })

    const thema = await storeProduct(THEMA.handle, "ar-DZ")
    expect(thema).toMatchObject({ title: "مضخة تدوير قديمة", description: "وصف قديم" })
    expect(thema.metadata).toEqual(expect.objectContaining({ mpn: "S1068900" }))
    expect(thema.metadata).not.toHaveProperty("title_ar")
    expect(await storeProduct(BERETTA.handle, "ar-DZ")).toMatchObject({ title: "خزان تمدد بيريتا (المكتب)", description: "وصف بيريتا" })
    expect((await storeProduct(BERETTA.handle)).metadata).not.toHaveProperty("summary_ar")

    // Run again (a second migrate): nothing left to move, nothing changes.
    await moveArabicMetadataToTranslations({ container, args: [] })
    expect((await storeProduct(THEMA.handle, "ar-DZ")).title).toBe("مضخة تدوير قديمة")
  })
})
