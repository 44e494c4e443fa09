/**
 * The address book on a phone, in French then in Arabic: add two addresses, edit one (new street,
 * new commune), switch the default delivery address and see the checkout start from it; another
 * customer's address id slipped into the edit form changes nothing.
 */
import { expect, test, type Page } from "@playwright/test"
import { searchFor } from "./support/checkout-steps"
import { newCustomer, publishableKeyHeader } from "./support/customers"
import { frenchLeftOnArabicPage } from "./support/untranslated"
import { PageGuard } from "./support/page-guard"

const medusa = process.env.E2E_MEDUSA_URL ?? "http://localhost:9000"
const publishable = publishableKeyHeader()
const PASSWORD = "Carnet-d-adresses-2026"

type Address = { id: string; address_1: string; city: string; province: string; is_default_shipping: boolean }

async function addressesOf(token: string): Promise<Address[]> {
  const response = await fetch(`${medusa}/store/customers/me/addresses`, { headers: { ...publishable, authorization: `Bearer ${token}` } })
  return (await response.json()).addresses
}

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
const card = (page: Page, text: string) => page.locator(".address-card", { hasText: text })

test.use({ viewport: { width: 390, height: 844 } })

test("a customer edits an address and switches the default, in French and in Arabic; another customer's address is out of reach", async ({ page }) => {
  test.setTimeout(180_000)
  const guard = new PageGuard(page)
  const stamp = Date.now()
  const email = `carnet.${stamp}@example.dz`
  const token = await newCustomer(email, "Nadia", PASSWORD)
  const strangerToken = await newCustomer(`voisin.${stamp}@example.dz`, "Yacine", PASSWORD)
  const strangerAddress = await fetch(`${medusa}/store/customers/me/addresses`, {
    method: "POST",
    headers: { ...publishable, authorization: `Bearer ${strangerToken}`, "content-type": "application/json" },
    body: JSON.stringify({ first_name: "Yacine", last_name: "Belkacem", address_1: "1 rue du Voisin", city: "Kouba", province: "16", country_code: "dz", phone: "+213550000000" }),
  }).then(async (response) => (await response.json()).customer.addresses[0] as Address)

  await page.goto("/fr/compte/connexion")
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Mot de passe").fill(PASSWORD)
  await page.getByRole("button", { name: "Se connecter" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Nadia")

  // Two addresses: the first one becomes the default.
  await page.goto("/fr/compte/adresses")
  for (const [wilaya, commune, street] of [
    ["16", "Bab El Oued", "8 boulevard Colonel Lotfi"],
    ["31", "Oran", "5 rue Larbi Ben M'hidi"],
  ]) {
    await page.getByLabel("Wilaya").selectOption(wilaya)
    await page.getByRole("button", { name: /^(Continuer|Changer de wilaya)$/ }).click()
    await page.getByLabel("Commune").selectOption(commune)
    await page.getByLabel(/Adresse \(rue/).fill(street)
    await page.getByRole("button", { name: "Enregistrer l'adresse" }).click()
    await expect(page.getByRole("status")).toHaveText("L'adresse est enregistrée.")
    await page.goto("/fr/compte/adresses")
  }
  await expect(page.locator(".address-card")).toHaveCount(2)
  await expect(page.locator(".address-card").first()).toContainText("Adresse de livraison par défaut")
  await expect(page.locator(".address-card").first()).toContainText("8 boulevard Colonel Lotfi")
  await expect(card(page, "Larbi Ben M'hidi")).not.toContainText("Adresse de livraison par défaut")
  expect(await fitsTheScreen(page)).toBe(true)
  await guard.check("address book")

  // Edit the Oran address: it opens with its own values; new street, another commune of its wilaya.
  await card(page, "Larbi Ben M'hidi").getByRole("link", { name: /^Modifier/ }).click()
  await expect(page.getByRole("heading", { name: "Modifier l'adresse" })).toBeVisible()
  await expect(page.getByLabel("Wilaya")).toHaveValue("31")
  await expect(page.getByLabel("Commune")).toHaveValue("Oran")
  await expect(page.getByLabel(/Adresse \(rue/)).toHaveValue("5 rue Larbi Ben M'hidi")
  await expect(page.getByLabel("Prénom")).toHaveValue("Nadia")
  expect(await fitsTheScreen(page)).toBe(true)
  await guard.check("edit address")
  await page.getByLabel("Commune").selectOption("Es Senia")
  await page.getByLabel(/Adresse \(rue/).fill("14 cité des Oliviers")
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click()
  await expect(page.getByRole("status")).toHaveText("L'adresse est modifiée.")
  await page.goto("/fr/compte/adresses")
  await expect(card(page, "14 cité des Oliviers")).toContainText("Es Senia")
  await expect(page.locator(".address-card")).toHaveCount(2)

  // The edited one becomes the default: listed first and marked; the other one loses the mark.
  await card(page, "14 cité des Oliviers").getByRole("button", { name: /^Utiliser par défaut/ }).click()
  await expect(page.locator(".address-card").first()).toContainText("14 cité des Oliviers")
  await expect(page.locator(".address-card").first()).toContainText("Adresse de livraison par défaut")
  await expect(card(page, "8 boulevard Colonel Lotfi")).not.toContainText("Adresse de livraison par défaut")
  await expect(card(page, "8 boulevard Colonel Lotfi").getByRole("button", { name: /^Utiliser par défaut/ })).toBeVisible()
  expect((await addressesOf(token)).filter((address) => address.is_default_shipping).map((address) => address.address_1)).toEqual(["14 cité des Oliviers"])

  // The checkout starts from the default address.
  await searchFor(page, "S1068 900")
  await page.getByRole("link", { name: "Circulateur Saunier Duval Thema Condens" }).first().click()
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await expect(page.getByRole("status").filter({ hasText: "ajouté au panier" })).toBeVisible()
  await page.goto("/fr/caisse")
  await expect(page.locator('select[name="wilaya"]')).toHaveValue("31")
  await expect(page.locator('select[name="commune"]')).toHaveValue("Es Senia")
  await expect(page.locator('input[name="address_1"]')).toHaveValue("14 cité des Oliviers")

  // Another customer's address id slipped into the edit form: refused, their address untouched.
  await page.goto("/fr/compte/adresses")
  await card(page, "8 boulevard Colonel Lotfi").getByRole("link", { name: /^Modifier/ }).click()
  const editForm = page.locator("form", { has: page.getByRole("button", { name: "Enregistrer les modifications" }) })
  await editForm.locator('input[name="id"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), strangerAddress.id)
  await page.getByLabel(/Adresse \(rue/).fill("Pris par un autre")
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click()
  await expect(page.locator(".form-message--error")).toHaveText("Cette adresse n'est pas (ou plus) dans votre carnet.")
  expect((await addressesOf(strangerToken)).map((address) => address.address_1)).toEqual(["1 rue du Voisin"])
  expect((await addressesOf(token)).map((address) => address.address_1).sort()).toEqual(["14 cité des Oliviers", "8 boulevard Colonel Lotfi"])

  // In Arabic: the same book, right to left, commune and wilaya in Arabic, no French left.
  await page.goto("/ar/compte/adresses")
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await expect(page.locator(".address-card").first()).toContainText("عنوان التوصيل الافتراضي")
  await expect(card(page, "14 cité des Oliviers")).toContainText("السانية")
  await expect(card(page, "14 cité des Oliviers")).toContainText("31 – وهران")
  expect(await frenchLeftOnArabicPage(page)).toEqual([])
  expect(await fitsTheScreen(page)).toBe(true)
  await guard.check("address book (ar)")

  await card(page, "8 boulevard Colonel Lotfi").getByRole("link", { name: /^تعديل/ }).click()
  await expect(page.getByRole("heading", { name: "تعديل العنوان" })).toBeVisible()
  expect(await frenchLeftOnArabicPage(page)).toEqual([])
  expect(await fitsTheScreen(page)).toBe(true)
  await guard.check("edit address (ar)")
  await page.getByLabel(/العنوان \(الشارع/).fill("10 boulevard Colonel Lotfi")
  await page.getByRole("button", { name: "حفظ التعديلات" }).click()
  await expect(page.getByRole("status")).toHaveText("تم تعديل العنوان.")
  await page.goto("/ar/compte/adresses")
  await card(page, "10 boulevard Colonel Lotfi").getByRole("button", { name: /^اعتماده عنوانًا افتراضيًا/ }).click()
  await expect(page.locator(".address-card").first()).toContainText("10 boulevard Colonel Lotfi")
  await expect(page.locator(".address-card").first()).toContainText("عنوان التوصيل الافتراضي")
  await expect(card(page, "10 boulevard Colonel Lotfi")).toContainText("باب الوادي")
  await expect(card(page, "14 cité des Oliviers")).not.toContainText("عنوان التوصيل الافتراضي")
  expect(await frenchLeftOnArabicPage(page)).toEqual([])
  guard.expectClean()
})
