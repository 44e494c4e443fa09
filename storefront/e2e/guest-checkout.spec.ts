/**
 * A guest's whole purchase in French, then in Arabic: search by part number, product page, cart,
 * checkout paid cash on delivery (Loi 18-05: conditions, review, confirmation), the order in
 * Medusa and its e-mail in the SMTP sink; in French, the office then collects the cash and the
 * guest's page shows the order paid with its invoice. Every page: CSP nonce, no violation, no console error, axe.
 */
import { expect, test } from "@playwright/test"
import { adminOrders, sinkMessages } from "./support/medusa-admin"
import { chooseStopDesk, chooseWilayaAndCommune, fillContact, searchFor, uniqueEmail } from "./support/checkout-steps"
import { collectCashOnDelivery, downloadedInvoice } from "./support/order-fixture"
import { PageGuard } from "./support/page-guard"
import { frenchLeftOnArabicPage } from "./support/untranslated"

const NBSP = "\u00a0"

test("a guest buys a part by its number, cash on delivery to an Algiers stop-desk (French)", async ({ page }) => {
  const guard = new PageGuard(page)
  const email = uniqueEmail("karim")
  await page.goto("/fr")
  await guard.check("home")

  await searchFor(page, "S1068 900")
  await guard.check("search")
  await page.getByRole("link", { name: "Circulateur Saunier Duval Thema Condens" }).first().click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Circulateur Saunier Duval Thema Condens")
  await expect(page.locator(".product-page__price")).toContainText(`24${NBSP}500${NBSP}DA`)
  await expect(page.locator(".product-page__details .stock-badge")).toHaveText("En stock")
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")
  expect(jsonLd).toMatchObject({ "@type": "Product", mpn: "S1068900", offers: [{ price: 24500, priceCurrency: "DZD" }] })
  await guard.check("product")

  await page.locator('input[name="quantity"]').fill("1")
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await expect(page.getByRole("status").filter({ hasText: "ajouté au panier" })).toBeVisible()
  await page.getByRole("link", { name: /Panier/ }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre panier")
  await page.locator('select[name="wilaya"]').selectOption("16")
  await page.getByRole("button", { name: "Voir le prix de livraison" }).click()
  await expect(page.locator(".delivery-quote")).toContainText(`400${NBSP}DA`)
  await guard.check("cart")

  await page.getByRole("link", { name: "Commander" }).click()
  await fillContact(page, { firstName: "Karim", lastName: "Benali", phone: "0550 12 34 56", email })
  await chooseWilayaAndCommune(page, "16", "Alger Centre")
  await chooseStopDesk(page)
  await guard.check("checkout details")
  await page.getByRole("button", { name: "Vérifier la commande" }).click()

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre commande")
  await expect(page.locator(".order-summary__total")).toContainText(`24${NBSP}900${NBSP}DA`)
  await guard.check("review")
  // The conditions must be accepted first: the browser keeps the form until the box is ticked.
  await page.getByRole("button", { name: "Confirmer la commande" }).click()
  await expect(page).toHaveURL(/\/fr\/caisse\?etape=verification$/)
  expect(await page.locator("section[aria-labelledby=pay-cash]").getByRole("checkbox").evaluate((box) => (box as HTMLInputElement).validity.valueMissing)).toBe(true)
  await page.locator("section[aria-labelledby=pay-cash]").getByRole("checkbox").check()
  await page.getByRole("button", { name: "Confirmer la commande" }).click()

  await page.waitForURL(/\/fr\/commande\?token=/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre commande est enregistrée")
  await expect(page.locator(".order-status")).toContainText("en attente de paiement à la livraison")
  // Cash on delivery: still to pay.
  await expect(page.locator(".order-summary__total th")).toHaveText("Total à payer")
  await guard.check("confirmation")

  const order = (await adminOrders()).find((candidate) => candidate.email === email)
  expect(order).toBeDefined()
  expect(order!.items).toEqual([expect.objectContaining({ product_title: "Circulateur Saunier Duval Thema Condens", quantity: 1, unit_price: 24500 })])
  expect(order!.shipping_address).toMatchObject({ province: "16", city: "Alger Centre", phone: "+213550123456" })
  expect(order!.shipping_total).toBe(400)
  expect(order!.total).toBe(24900)
  expect(order!.shipping_methods[0].data).toMatchObject({ mode: "stopdesk", stop_desk_id: expect.stringMatching(/^sd-16-/) })
  expect(order!.metadata).toMatchObject({ conditions_version: expect.any(String), conditions_accepted_at: expect.any(String), locale: "fr" })
  await expect.poll(() => sinkMessages().some((message) => message.includes(email)), { timeout: 30_000 }).toBe(true)

  // The office confirms by phone, ships, and records the cash collected: the guest's page (its signed
  // link) then shows the order paid, and its invoice downloads.
  await collectCashOnDelivery(order!.id)
  const invoice = await downloadedInvoice(page)
  await expect(page.locator(".order-status")).toContainText("payée")
  await expect(page.locator(".order-summary__total th")).not.toHaveText("Total à payer")
  expect(invoice.fileName).toBe(`facture-${invoice.number}.pdf`)
  expect(invoice.text).toContain(`Facture N° ${invoice.number}`)
  expect(invoice.text).toContain(`Commande n° ${order!.display_id}`)
  await guard.check("paid order")
  guard.expectClean()
})

test("the same purchase in Arabic, right to left, with no French interface text left", async ({ page }) => {
  const guard = new PageGuard(page)
  const email = uniqueEmail("amina")
  const untranslated: string[] = []
  const checkArabic = async (label: string) => {
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
    await expect(page.locator("html")).toHaveAttribute("lang", "ar")
    untranslated.push(...(await frenchLeftOnArabicPage(page)).map((text) => `${label} ${text}`))
    await guard.check(label)
  }
  await page.goto("/fr")
  await page.getByRole("link", { name: "العربية" }).click()
  await page.waitForURL(/\/ar$/)
  await checkArabic("home")

  await searchFor(page, "s-1071-600")
  await checkArabic("search")
  await page.locator(".product-card__link").first().click()
  await expect(page.getByRole("heading", { level: 1 })).toContainText("قطب إشعال Saunier Duval")
  await expect(page.locator(".product-page__price")).toContainText(`2${NBSP}900${NBSP}د.ج`)
  await checkArabic("product")

  await page.locator('input[name="quantity"]').fill("2")
  await page.getByRole("button", { name: "أضف إلى السلة" }).click()
  await expect(page.getByRole("status").filter({ hasText: "أضيفت" })).toBeVisible()
  await page.goto("/ar/panier")
  // The cart line shows the product's Arabic title (its ar-DZ translation), not the French one it was added with.
  await expect(page.locator(".cart-table")).toContainText("قطب إشعال Saunier Duval")
  await expect(page.locator(".cart-table")).not.toContainText("Électrode d'allumage")
  await checkArabic("cart")

  await page.getByRole("link", { name: "إتمام الطلب" }).click()
  await fillContact(page, { firstName: "Amina", lastName: "Haddad", phone: "+213 661 23 45 67", email })
  await chooseWilayaAndCommune(page, "31")
  await page.locator('input[name="address_1"]').fill("5 rue Larbi Ben M'hidi")
  await checkArabic("checkout details")
  await page.getByRole("button", { name: "مراجعة الطلب" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("راجع طلبك")
  await expect(page.locator(".order-summary__total")).toContainText(`6${NBSP}600${NBSP}د.ج`)
  await expect(page.locator(".order-summary")).toContainText("قطب إشعال Saunier Duval")
  await checkArabic("review")
  await page.locator("section[aria-labelledby=pay-cash]").getByRole("checkbox").check()
  await page.getByRole("button", { name: "تأكيد الطلب" }).click()
  await page.waitForURL(/\/ar\/commande\?token=/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("شكرا، تم تسجيل طلبك")
  await checkArabic("confirmation")

  expect(untranslated, untranslated.join("\n")).toEqual([])
  guard.expectClean()
  const order = (await adminOrders()).find((candidate) => candidate.email === email)
  expect(order).toMatchObject({ total: 6600, shipping_total: 800, metadata: expect.objectContaining({ locale: "ar" }) })
  expect(order!.shipping_address).toMatchObject({ province: "31", phone: "+213661234567" })
  await expect.poll(() => sinkMessages().some((message) => message.includes(email)), { timeout: 30_000 }).toBe(true)
})
