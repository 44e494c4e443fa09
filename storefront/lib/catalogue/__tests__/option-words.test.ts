import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { optionTitleIn, optionValueIn } from "@mj-chauffage/shop-kernel/option-words"
import { productView, type MedusaProduct } from "../product-view"
import { cartView } from "../../cart/cart-view"

const LATIN_WORD = /[A-Za-zÀ-ÿ]{3,}/g
/** Latin names that may stay on Arabic pages: models and units. */
const MODEL_NAMES = new Set(["vSMART", "TRZ", "Sensys", "Net", "Wi-Fi", "Fi"])
const latinLeft = (text: string) => (text.match(LATIN_WORD) ?? []).filter((word) => !MODEL_NAMES.has(word))

describe("product option words in Arabic", () => {
  it("gives every option title and value the shop uses an Arabic form; model names and units stay Latin", () => {
    for (const title of ["Version", "Connexion", "Montage", "Capacité", "Conditionnement", "Puissance"]) {
      assert.deepEqual(latinLeft(optionTitleIn(title, "ar")), [], title)
    }
    const values = ["Standard", "Filaire", "Sans fil", "Pack vSMART", "Pack vSMART + sonde extérieure", "Sensys", "Sensys Net (Wi-Fi)",
      "TRZ 12-2", "TRZ 12-2 sans fil", "À applique", "À plongeur", "À clip", "À immersion", "8 L", "10 L", "Lot de 5", "Lot de 10", "24 kW"]
    for (const value of values) assert.deepEqual(latinLeft(optionValueIn(value, "ar")), [], value)
    assert.equal(optionValueIn("Lot de 10", "ar"), "طقم من 10 قطع")
    assert.equal(optionValueIn("TRZ 12-2 sans fil", "ar"), "TRZ 12-2 لاسلكي")
    assert.equal(optionValueIn("24 kW", "ar"), "24 kW")
  })

  it("leaves French pages and unknown words as Medusa has them", () => {
    assert.equal(optionTitleIn("Connexion", "fr"), "Connexion")
    assert.equal(optionValueIn("Sans fil", "fr"), "Sans fil")
    assert.equal(optionTitleIn("Couleur", "ar"), "Couleur")
  })

  it("reaches the product page's option legend and values, and the cart's lines", () => {
    const product: MedusaProduct = {
      id: "prod_1",
      title: "Thermostat",
      handle: "thermostat",
      options: [{ id: "opt_1", title: "Connexion", values: [{ id: "v1", value: "Filaire" }, { id: "v2", value: "Sans fil" }] }],
      variants: [
        { id: "var_1", title: "Filaire", options: [{ option_id: "opt_1", value: "Filaire" }] },
        { id: "var_2", title: "TRZ 12-2", options: [{ option_id: "opt_1", value: "TRZ 12-2" }] },
      ],
    }
    const arabic = productView(product, "ar")
    assert.equal(arabic.optionTitle, "التوصيل")
    assert.deepEqual(arabic.variants.map((variant) => [variant.title, variant.titleIsFrench]), [["سلكي", false], ["TRZ 12-2", true]])
    assert.equal(productView(product, "fr").variants[0].title, "Filaire")
    const cart = cartView({ id: "cart_1", items: [{ id: "line_1", quantity: 1, unit_price: 100, variant_title: "Sans fil" }] }, "ar")
    assert.equal(cart.lines[0].variant, "لاسلكي")
  })
})
