/**
 * The rough edges a first-time buyer hit on the walk (issue 16), each as it was seen in Chromium:
 * a stocked part read "Rupture de stock" in the cart; the header's count was stale after adding
 * (Back showed the page kept from before); French pages were 406 px wide on a 390 px phone and the
 * category filters filled its first screen; card payment showed only on the review step.
 */
import { chromium, expect, test, type Browser, type Page } from "@playwright/test"
import { PageGuard } from "./support/page-guard"
import { expectFitsThePhone, PHONE } from "./support/phone"

const CATEGORY = "/categories/circulateurs"
const PART = "/produits/circulateur-saunier-duval-thema-condens"
const OTHER_PART = "/produits/moteur-de-pompe-ariston-clas"

const WORDS = {
  fr: { circulators: "Circulateurs", add: "Ajouter au panier", added: "ajouté au panier", inStock: "En stock", outOfStock: "Rupture de stock", one: "(1 article)", two: "(2 articles)" },
  ar: { circulators: "مضخات التدوير", add: "أضف إلى السلة", added: "أضيفت", inStock: "متوفر", outOfStock: "نفد المخزون", one: "(قطعة واحدة)", two: "(قطعتان)" },
} as const

async function addToCart(page: Page, locale: keyof typeof WORDS, path: string) {
  await page.goto(`/${locale}${path}`)
  const before = await page.locator(".cart-link__count").textContent()
  await page.getByRole("button", { name: WORDS[locale].add }).click()
  await expect(page.getByRole("status").filter({ hasText: WORDS[locale].added })).toBeVisible()
  return before
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: PHONE })

  for (const locale of ["fr", "ar"] as const) {
    test(`home, category, product and cart fit the screen; the cart says a stocked part is in stock (${locale})`, async ({ page }) => {
      const guard = new PageGuard(page)
      await page.goto(`/${locale}`)
      await expectFitsThePhone(page, `${locale} home`)
      // The header's search button is whole on the screen.
      const search = await page.locator(".search-form button").boundingBox()
      expect(search!.x + search!.width).toBeLessThanOrEqual(PHONE.width)
      await guard.check(`${locale} home`)

      await page.goto(`/${locale}${CATEGORY}`)
      // The category's name in the page's language (Arabic: its ar-DZ translation in Medusa).
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(WORDS[locale].circulators)
      await expectFitsThePhone(page, `${locale} category`)
      // The filters are folded into their drawer: the first part shows on the first screen.
      await expect(page.locator(".filters-drawer")).not.toHaveAttribute("open")
      await expect(page.locator("form.filters")).toBeHidden()
      await expect(page.locator(".product-card").first()).toBeInViewport()
      await page.locator(".filters-drawer__summary").click()
      await expect(page.locator("form.filters")).toBeVisible()
      await expectFitsThePhone(page, `${locale} category, filters open`)
      await guard.check(`${locale} category`)

      await addToCart(page, locale, PART)
      await expectFitsThePhone(page, `${locale} product`)
      await guard.check(`${locale} product`)

      await page.goto(`/${locale}/panier`)
      await expectFitsThePhone(page, `${locale} cart`)
      await expect(page.locator(".cart-table .stock-badge")).toHaveText([WORDS[locale].inStock])
      await expect(page.locator(".cart-table")).not.toContainText(WORDS[locale].outOfStock)
      await guard.check(`${locale} cart`)
      guard.expectClean()
    })
  }
})

test("on a desktop the filters stay unfolded and the price fields stay inside their column", async ({ page }) => {
  const guard = new PageGuard(page)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(`/fr${CATEGORY}`)
  await expect(page.locator("form.filters")).toBeVisible()
  await expect(page.locator(".filters-drawer__summary")).toBeHidden()
  const column = (await page.locator("form.filters").boundingBox())!
  const grid = (await page.locator(".product-grid").boundingBox())!
  for (const name of ["min", "max"]) {
    const field = (await page.locator(`form.filters input[name="${name}"]`).boundingBox())!
    expect(field.x + field.width, `the ${name} price field ends inside the filter column`).toBeLessThanOrEqual(column.x + column.width + 0.5)
    expect(field.x + field.width, `the ${name} price field stops before the parts`).toBeLessThan(grid.x)
  }
  await guard.check("category on a desktop")
  guard.expectClean()
})

test("the header's cart count follows each add, in French and in Arabic", async ({ page }) => {
  const guard = new PageGuard(page)
  expect(await addToCart(page, "fr", PART)).toBe("(vide)")
  await expect(page.locator(".cart-link__count")).toHaveText(WORDS.fr.one)
  await addToCart(page, "ar", OTHER_PART)
  await expect(page.locator(".cart-link__count")).toHaveText(WORDS.ar.two)
  await guard.check("product after two adds")
  guard.expectClean()
})

test("Back after adding to an existing cart shows the new count, not the page the browser kept", async () => {
  // Playwright turns Chromium's back/forward cache off; a customer's Chromium has it on.
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
      ignoreDefaultArgs: ["--disable-back-forward-cache"],
    })
    const page = await (await browser.newContext({ baseURL: process.env.E2E_BASE_URL ?? "http://localhost:8000" })).newPage()
    const kept = () => page.evaluate(() => (window as unknown as { keptMark?: boolean }).keptMark === true)
    const mark = () => page.evaluate(() => ((window as unknown as { keptMark?: boolean }).keptMark = true))
    await addToCart(page, "fr", PART)
    await expect(page.locator(".cart-link__count")).toHaveText(WORDS.fr.one)

    // This browser does keep our pages for Back when nothing changed (else the test proves nothing).
    await page.goto("/fr")
    await mark()
    await page.goto(`/fr${OTHER_PART}`)
    await page.goBack({ waitUntil: "commit" })
    await expect.poll(kept, { message: "the home page came back from the back/forward cache" }).toBe(true)

    // Now the cart changes (it already exists: no new cart cookie) while the home page is kept.
    await page.goto(`/fr${OTHER_PART}`)
    await page.getByRole("button", { name: WORDS.fr.add }).click()
    await expect(page.locator(".cart-link__count")).toHaveText(WORDS.fr.two)
    await page.goBack({ waitUntil: "commit" })
    await expect(page).toHaveURL(/\/fr$/)
    await expect(page.locator(".cart-link__count")).toHaveText(WORDS.fr.two)
    expect(await kept()).toBe(false)
  } finally {
    await browser?.close()
  }
})

test("the first checkout step lists every payment method with its picture and a line", async ({ page }) => {
  const guard = new PageGuard(page)
  await addToCart(page, "fr", PART)
  for (const [locale, methods] of [
    ["fr", ["Paiement à la livraison", "Carte CIB ou Edahabia", "Edahabia ou CIB en ligne (Chargily Pay)", "BaridPay (BaridiMob)"]],
    ["ar", ["الدفع عند الاستلام", "بطاقة CIB أو الذهبية", "الذهبية أو CIB عبر الإنترنت (Chargily Pay)", "BaridPay (بريدي موب)"]],
  ] as const) {
    await page.goto(`/${locale}/caisse`)
    await expect(page.locator('input[name="first_name"]')).toBeVisible()
    const listed = page.locator(".payment-methods .payment-method")
    await expect(listed.locator(".payment-method__name")).toHaveText([...methods])
    for (const method of await listed.all()) {
      await expect(method.locator("svg")).toHaveCount(1)
      await expect(method.locator(".payment-method__help")).not.toBeEmpty()
    }
    await guard.check(`${locale} checkout details`)
  }
  guard.expectClean()
})
