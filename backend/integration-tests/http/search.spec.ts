/**
 * Shop search on the real Search Module (PostgreSQL provider) over the seeded catalogue: the table
 * of queries customers type, each with the product expected first.
 */
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { adminHeaders, staffUser } from "../helpers/admin-headers"
import { shopSuite } from "../helpers/shop-suite"
import { SEED_PRODUCTS } from "../../src/scripts/seed/catalogue"

jest.setTimeout(180_000)

const handleOf = (title: string) => {
  const product = SEED_PRODUCTS.find((candidate) => candidate.title === title)
  if (!product) throw new Error(`No seeded product titled ${title}`)
  return product
}

type Row = { query: string; first: string; why: string }

const TABLE: Row[] = [
  { query: "S1068900", first: "Circulateur Saunier Duval Thema Condens", why: "part number as printed" },
  { query: "S1068 900", first: "Circulateur Saunier Duval Thema Condens", why: "part number with a space" },
  { query: "s-106-8900", first: "Circulateur Saunier Duval Thema Condens", why: "lower case, with dashes" },
  { query: "0020-025 741", first: "Échangeur à plaques Vaillant 16 plaques", why: "Vaillant number with a dash and a space" },
  { query: "0020025741", first: "Échangeur à plaques Vaillant 16 plaques", why: "same number, compact" },
  { query: "S10689", first: "Circulateur Saunier Duval Thema Condens", why: "the start of a part number" },
  { query: "chaudiere etanche", first: "Extracteur Junkers Ceraclass", why: "chaudière typed without its accent" },
  { query: "electrode vaillant", first: "Électrode d'allumage et d'ionisation Vaillant", why: "électrode without accent + brand" },
  { query: "vase expansion beretta", first: "Vase d'expansion Beretta 8 L", why: "part name + brand" },
  { query: "مضخة تدوير Vaillant", first: "Pompe Vaillant ecoTEC plus", why: "Arabic part name + brand" },
  { query: "خزان تمدد Beretta", first: "Vase d'expansion Beretta 8 L", why: "Arabic part name + brand" },
  { query: "Exacontrol sans fil", first: "Thermostat d'ambiance Saunier Duval Exacontrol", why: "model + variant words" },
  // A word matches nothing as typed: corrected to the closest catalogue word (lib/catalogue/word-correction.ts).
  { query: "exacontol", first: "Thermostat d'ambiance Saunier Duval Exacontrol", why: "a model with a letter missing" },
  { query: "vase d'expension beretta", first: "Vase d'expansion Beretta 8 L", why: "a misspelt part name + brand" },
  { query: "pompe vailant ecotec", first: "Pompe Vaillant ecoTEC plus", why: "a misspelt brand between two right words" },
  { query: "المضخة تدوير Vaillant", first: "Pompe Vaillant ecoTEC plus", why: "an Arabic word with its article" },
]

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop

  const search = async (q: string) =>
    (await api.get(`/store/part-search?q=${encodeURIComponent(q)}`, { headers })).data.product_ids as string[]

  const handlesOf = async (ids: string[]) => {
    if (!ids.length) return []
    const { data } = await api.get(`/store/products?${ids.map((id) => `id[]=${id}`).join("&")}&fields=id,handle,title&limit=50`, { headers })
    const byId = new Map<string, { handle: string; title: string }>(data.products.map((p: { id: string; handle: string; title: string }) => [p.id, p]))
    return ids.map((id) => byId.get(id)!)
  }

  it.each(TABLE)("$query → $first ($why)", async ({ query, first }) => {
    const [top] = await handlesOf(await search(query))
    expect(top?.handle).toBe(handleOf(first).handle)
  })

  it("finds brand + model: 'saunier duval thema' lists Saunier Duval Thema parts first", async () => {
    const results = await handlesOf(await search("saunier duval thema"))
    expect(results.length).toBeGreaterThan(2)
    const thema = SEED_PRODUCTS.filter((product) => product.brand === "saunier-duval" && product.compatibleModels.some((model) => model.includes("Thema")))
    expect(thema.map((product) => product.handle)).toContain(results[0].handle)
  })

  it("finds a SKU typed in lower case without dashes", async () => {
    const product = handleOf("Kit vanne 3 voies Ariston Genus")
    const sku = product.variants[0].sku
    const [top] = await handlesOf(await search(sku.toLowerCase().replace(/-/g, " ")))
    expect(top.handle).toBe(product.handle)
  })

  it("answers a script tag with no result rather than an error, and refuses an empty or oversized query", async () => {
    expect(await search("<script>alert(1)</script>")).toEqual([])
    const empty = await api.get("/store/part-search?q=%20", { headers }).catch((error: { response: { status: number } }) => error.response)
    expect(empty.status).toBe(400)
    const long = await api.get(`/store/part-search?q=${"a".repeat(101)}`, { headers }).catch((error: { response: { status: number } }) => error.response)
    expect(long.status).toBe(400)
  })

  it("keeps a product out of results once it is unpublished", async () => {
    const product = handleOf("Pompe Vaillant ecoTEC plus")
    const [top] = await handlesOf(await search("0020020023"))
    expect(top.handle).toBe(product.handle)
    const adminProducts = getContainer().resolve("product") as { listProducts(f: object): Promise<{ id: string }[]>; updateProducts(id: string, d: object): Promise<unknown> }
    const [row] = await adminProducts.listProducts({ handle: product.handle })
    const { updateProductsWorkflow } = await import("@medusajs/medusa/core-flows")
    await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: row.id }, update: { status: "draft" } } })
    let ids: string[] = [row.id]
    // The index and the cached answers follow the change within seconds (events, 10-second cache).
    for (let attempt = 0; attempt < 100 && ids.includes(row.id); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      ids = await search("0020020023")
    }
    expect(ids).not.toContain(row.id)
  })

  describe("part numbers and compatible models edited from the product page (admin widget's route)", () => {
    const LUNA = "Circulateur Baxi Luna 3"
    const productId = async () => {
      const [product] = await (getContainer().resolve(Modules.PRODUCT) as { listProducts(f: object): Promise<{ id: string }[]> }).listProducts({ handle: handleOf(LUNA).handle })
      return product.id
    }
    const save = async (id: string, body: object, headers: Record<string, string>) =>
      api.post(`/admin/products/${id}/references`, body, { headers }).catch((error: { response: { status: number; data: { code: string } } }) => error.response)

    it("saves, and the shop's search finds the new part number and model once product.updated is handled", async () => {
      const id = await productId()
      const office = await adminHeaders(getContainer(), "catalogue@mj-chauffage.dz")
      // The index follows product.updated (src/search/product.ts): wait for its subscribers, not for time.
      const reindexed = TestEventUtils.waitSubscribersExecution("product.updated", getContainer().resolve(Modules.EVENT_BUS))
      const saved = await save(id, { part_numbers: ["710047300", " BX-7100  473 "], compatible_models: ["Luna 3 Comfort 240 Fi", "Duotec Zephyr 28"] }, office)
      expect(saved.status).toBe(200)
      expect(saved.data).toEqual({ part_numbers: ["710047300", "BX-7100 473"], compatible_models: ["Luna 3 Comfort 240 Fi", "Duotec Zephyr 28"] })
      await reindexed
      expect((await search("bx 71-00.473"))[0]).toBe(id)
      expect((await search("duotec zephyr"))[0]).toBe(id)
      expect((await search("710047300"))[0]).toBe(id)
      const { data } = await api.get(`/admin/products/${id}?fields=metadata`, { headers: office })
      expect(data.product.metadata).toMatchObject({ mpn: "710047300", part_numbers: ["710047300", "BX-7100 473"], compatible_models: ["Luna 3 Comfort 240 Fi", "Duotec Zephyr 28"] })
    })

    it("refuses a duplicate once normalised or a malformed value with its code, and a technician altogether", async () => {
      const id = await productId()
      const office = await adminHeaders(getContainer(), "catalogue-2@mj-chauffage.dz")
      const duplicate = await save(id, { part_numbers: ["S1068900", "s-1068 900"], compatible_models: [] }, office)
      expect([duplicate.status, duplicate.data.code]).toEqual([400, "part_number_duplicate"])
      const malformed = await save(id, { part_numbers: ["S1068,900"], compatible_models: [] }, office)
      expect([malformed.status, malformed.data.code]).toEqual([400, "part_number_invalid"])
      const model = await save(id, { part_numbers: [], compatible_models: ["X"] }, office)
      expect([model.status, model.data.code]).toEqual([400, "compatible_model_invalid"])
      const technician = await staffUser(getContainer(), "tech-catalogue@mj-chauffage.dz", "technician")
      const refused = await save(id, { part_numbers: ["S1068900"], compatible_models: [] }, technician.headers)
      expect([refused.status, refused.data.code]).toEqual([403, "staff_forbidden"])
      const missing = await save("prod_missing", { part_numbers: [], compatible_models: [] }, office)
      expect(missing.status).toBe(404)
    })
  })
})
