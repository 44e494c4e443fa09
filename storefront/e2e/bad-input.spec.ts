/**
 * What a customer gets wrong, and what goes stale, answered in the page's language with nothing
 * ordered: an invalid phone, a missing commune, more than the stock, a cart already ordered; and
 * a search for a script tag is shown as text.
 */
import { expect, test } from "@playwright/test"
import { adminOrders, availableUnits } from "./support/medusa-admin"
import { chooseWilayaAndCommune, fillContact, uniqueEmail } from "./support/checkout-steps"

async function addToCart(page: import("@playwright/test").Page, handle: string, quantity: number, locale = "fr") {
  await page.goto(`/${locale}/produits/${handle}`)
  await page.locator('input[name="quantity"]').fill(String(quantity))
  await page.locator(".add-to-cart button[type=submit]").click()
}

test("more than the stock is refused with the part's name and what is left", async ({ page }) => {
  // Seeded with 2; another test may have used one since.
  const left = await availableUnits("MJ-CIR-61312668")
  expect(left).toBeGreaterThan(0)
  await addToCart(page, "circulateur-chaffoteaux-talia-green", left + 3)
  await expect(page.locator(".add-to-cart [role=status]")).toHaveText(
    `Il ne reste que ${left} « Circulateur Chaffoteaux Talia Green » en stock : réduisez la quantité.`
  )
  await page.goto("/fr/panier")
  await expect(page.getByText("Votre panier est vide.")).toBeVisible()
})

test("an invalid phone and a missing commune are named, in French and in Arabic, and nothing is ordered", async ({ page }) => {
  const before = (await adminOrders()).length
  const email = uniqueEmail("erreur")
  await addToCart(page, "sonde-ctn-depart-chappee", 1)
  await expect(page.locator(".add-to-cart [role=status]")).toContainText("ajouté au panier")
  await page.goto("/fr/caisse")
  await fillContact(page, { firstName: "Samir", lastName: "Ould", phone: "12345", email })
  await page.locator('select[name="wilaya"]').selectOption("16")
  await expect.poll(() => page.locator('select[name="commune"] option').count()).toBeGreaterThan(1)
  await page.locator('input[name="address_1"]').fill("3 rue Hassiba Ben Bouali")
  await page.getByRole("button", { name: "Vérifier la commande" }).click()
  await expect(page.getByText("Indiquez un numéro algérien : 05, 06 ou 07 suivi de 8 chiffres, ou +213.")).toBeVisible()
  await expect(page.getByText("Choisissez votre commune dans la liste.")).toBeVisible()
  await expect(page).toHaveURL(/\/fr\/caisse$/)

  await page.goto("/ar/caisse")
  await fillContact(page, { firstName: "Samir", lastName: "Ould", phone: "0450", email })
  await chooseWilayaAndCommune(page, "16")
  await page.locator('input[name="address_1"]').fill("3 rue Hassiba Ben Bouali")
  await page.getByRole("button", { name: "مراجعة الطلب" }).click()
  // "+213" sits in a left-to-right isolate (U+2066 … U+2069) inside the Arabic sentence.
  await expect(page.getByText("اكتب رقما جزائريا: 05 أو 06 أو 07 متبوعا بـ 8 أرقام، أو \u2066+213\u2069.")).toBeVisible()
  expect((await adminOrders()).length).toBe(before)
})

test("a cart that was already ordered says so instead of ordering twice", async ({ page, context }) => {
  const email = uniqueEmail("double")
  await addToCart(page, "kit-joints-hydrauliques-chappee", 1)
  await expect(page.locator(".add-to-cart [role=status]")).toContainText("ajouté au panier")
  const cartCookie = (await context.cookies()).find((cookie) => cookie.name === "mj_cart")!
  expect(cartCookie.httpOnly).toBe(true)
  await page.goto("/fr/caisse")
  await fillContact(page, { firstName: "Nadia", lastName: "Kaci", phone: "0770 11 22 33", email })
  await chooseWilayaAndCommune(page, "16")
  await page.locator('input[name="address_1"]').fill("8 boulevard Krim Belkacem")
  await page.getByRole("button", { name: "Vérifier la commande" }).click()
  await page.locator("section[aria-labelledby=pay-cash]").getByRole("checkbox").check()
  await page.getByRole("button", { name: "Confirmer la commande" }).click()
  await page.waitForURL(/\/fr\/commande\?token=/)
  const placed = (await adminOrders()).filter((order) => order.email === email).length
  expect(placed).toBe(1)

  // The old cart comes back (a second tab, a restored session): the checkout refuses it.
  await context.addCookies([cartCookie])
  await page.goto("/fr/caisse")
  await expect(page.locator("main [role=alert]")).toHaveText("Cette commande a déjà été passée. Consultez l'e-mail de confirmation pour la suivre.")
  expect((await adminOrders()).filter((order) => order.email === email).length).toBe(1)
})

test("a search for a script tag shows it as text and runs nothing", async ({ page }) => {
  let dialogs = 0
  page.on("dialog", (dialog) => {
    dialogs += 1
    void dialog.dismiss()
  })
  const query = "<script>alert(1)</script>"
  await page.goto(`/fr/recherche?q=${encodeURIComponent(query)}`)
  await expect(page.locator(".search-query")).toHaveText(query)
  await expect(page.getByText("Vérifiez la référence sur la pièce démontée")).toBeVisible()
  expect(dialogs).toBe(0)
})

test("an unknown page is a 404 in the visitor's language", async ({ page }) => {
  const french = await page.goto("/fr/cette-page-n-existe-pas")
  expect(french?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable")
  const arabic = await page.goto("/ar/produits/piece-inconnue")
  expect(arabic?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة")
})

test("the card-payment return page and the receipt route answer a NUL byte or a forged id without an error page", async ({ page, request }) => {
  // The last id is well formed, so it reaches Medusa, which does not know it (404 card_payment_unknown).
  for (const orderId of ["%00", "abc%00def", "..%2F..%2Fetc", "x".repeat(150), "0f3a1c2e-0000-4000-8000-000000000000"]) {
    const response = await page.goto(`/fr/paiement/carte?orderId=${orderId}`)
    expect(response!.status()).toBe(200)
    await expect(page.getByText("Ce paiement est introuvable.")).toBeVisible()
    expect((await request.get(`/api/paiement/recu?orderId=${orderId}&lang=fr`)).status()).toBe(404)
  }
})
