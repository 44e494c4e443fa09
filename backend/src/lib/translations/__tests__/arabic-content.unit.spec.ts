import { arabicField, arabicFromMetadata, arabicMetadataRemoval, completedTranslation } from "../arabic-content"

describe("Arabic catalogue content", () => {
  it("reads a product's and a category's Arabic metadata as the fields Medusa translates", () => {
    expect(arabicFromMetadata("product", "prod_1", { title_ar: "مضخة تدوير", summary_ar: "مضخة أصلية", mpn: "S1068900" })).toEqual({
      reference: "product",
      reference_id: "prod_1",
      translations: { title: "مضخة تدوير", description: "مضخة أصلية" },
    })
    expect(arabicFromMetadata("product_category", "pcat_1", { name_ar: "مواقد", description_ar: "" })).toEqual({
      reference: "product_category",
      reference_id: "pcat_1",
      translations: { name: "مواقد" },
    })
  })

  it("has nothing to move from metadata without Arabic text", () => {
    expect(arabicFromMetadata("product", "prod_1", { mpn: "S1068900", title_ar: "  " })).toBeNull()
    expect(arabicFromMetadata("product", "prod_1", null)).toBeNull()
  })

  it("removes only the Arabic keys from metadata, and says when there were none", () => {
    expect(arabicMetadataRemoval("product", { title_ar: "مضخة", summary_ar: "", mpn: "S1068900", featured: true })).toEqual({ title_ar: "", summary_ar: "" })
    expect(arabicMetadataRemoval("product", { title_ar: "مضخة", mpn: "S1068900" })).toEqual({ title_ar: "" })
    expect(arabicMetadataRemoval("product", { mpn: "S1068900" })).toBeNull()
    expect(arabicMetadataRemoval("product_category", null)).toBeNull()
  })

  it("completes an existing translation without overwriting the office's text", () => {
    expect(completedTranslation({ title: "عنوان المكتب" }, { title: "عنوان قديم", description: "وصف" })).toEqual({ title: "عنوان المكتب", description: "وصف" })
    expect(completedTranslation({ title: "عنوان", description: "وصف" }, { title: "آخر" })).toBeNull()
    expect(completedTranslation({ title: "" }, { title: "عنوان" })).toEqual({ title: "عنوان" })
  })

  it("picks a field of the ar-DZ translation among an entity's translations", () => {
    const rows = [
      { locale_code: "en-US", translations: { title: "Pump" } },
      { locale_code: "ar-DZ", translations: { title: "مضخة", description: "" } },
    ]
    expect(arabicField(rows, "title")).toBe("مضخة")
    expect(arabicField(rows, "description")).toBe("")
    expect(arabicField(undefined, "title")).toBe("")
  })
})
