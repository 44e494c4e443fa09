/**
 * The shop says who it is and how to reach it (Loi 18-05, Loi 18-07), in French and in Arabic, on a
 * 390 px phone: the footer links to the legal notice, the privacy policy and the conditions of sale;
 * the legal notice and the privacy policy show the configured identity (the SHOP_* values of
 * scripts/lib/test-shop-identity.ts, which scripts/e2e.ts hands to both the storefront and this test);
 * the shop's phone (tel:) and WhatsApp (wa.me) links are on the home page and on a product page.
 * Every page: no horizontal scroll, CSP nonce, no violation, no console error, axe.
 */
import { readShopIdentity, type ShopPhoneLink } from "@mj-chauffage/shop-kernel/shop-identity"
import { expect, test, type Locator, type Page } from "@playwright/test"
import { PageGuard } from "./support/page-guard"
import { frenchLeftOnArabicPage } from "./support/untranslated"

const PRODUCT = "pompe-vaillant-ecotec-plus"

const WORDS = {
  fr: {
    legalLinks: "Informations légales",
    legalNotice: "Mentions légales",
    privacy: "Confidentialité",
    conditions: "Conditions générales de vente",
    privacyTitle: "Politique de confidentialité",
    privacyInNotice: "politique de confidentialité",
    account: "Mon compte → Mes données",
    orderLinkDays: "valable 90 jours",
  },
  ar: {
    legalLinks: "معلومات قانونية",
    legalNotice: "البيانات القانونية",
    privacy: "الخصوصية",
    conditions: "الشروط العامة للبيع",
    privacyTitle: "سياسة الخصوصية",
    privacyInNotice: "سياسة الخصوصية",
    account: "حسابي ← معطياتي",
    orderLinkDays: "صالح 90 يوما",
  },
} as const

function configured(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run this test through npm run test:e2e`)
  return value
}

const identity = readShopIdentity(process.env)

test.use({ viewport: { width: 390, height: 844 } })

async function expectNoHorizontalScroll(page: Page, label: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
  expect(scrollWidth, `${label} is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth)
}

/** The link calls or opens WhatsApp on the configured number, shown left to right inside any text. */
async function expectPhoneLink(scope: Locator, phone: ShopPhoneLink | null) {
  expect(phone, "a configured number").not.toBeNull()
  const link = scope.locator(`a[href="${phone!.href}"]`).first()
  await expect(link).toBeVisible()
  await expect(link.locator('bdi[dir="ltr"]')).toHaveText(phone!.display)
}

for (const locale of ["fr", "ar"] as const) {
  const words = WORDS[locale]

  test(`the legal notice and the privacy policy show the shop's identity, linked from the footer (${locale})`, async ({ page }) => {
    const guard = new PageGuard(page)
    const untranslated: string[] = []
    const checkPage = async (label: string) => {
      await expectNoHorizontalScroll(page, label)
      await guard.check(label)
      if (locale === "ar") untranslated.push(...(await frenchLeftOnArabicPage(page)).map((text) => `${label}: ${text}`))
    }

    await page.goto(`/${locale}`)
    const footer = page.locator("footer")
    await expectPhoneLink(footer, identity.phone)
    await expectPhoneLink(footer, identity.whatsapp)
    const legalLinks = footer.getByRole("navigation", { name: words.legalLinks })
    await expect(legalLinks.getByRole("link", { name: words.conditions })).toHaveAttribute("href", `/${locale}/conditions-de-vente`)
    await expect(legalLinks.getByRole("link", { name: words.privacy })).toHaveAttribute("href", `/${locale}/confidentialite`)
    await checkPage("home")

    await legalLinks.getByRole("link", { name: words.legalNotice }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/mentions-legales$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.legalNotice)
    const main = page.locator("main")
    const address = locale === "ar" ? configured("SHOP_ADDRESS_AR") : configured("SHOP_ADDRESS")
    for (const name of ["SHOP_LEGAL_NAME", "SHOP_RC", "SHOP_NIF", "SHOP_NIS", "SHOP_AI", "SHOP_HOSTING_PROVIDER", "SHOP_ANPDP_DECLARATION"]) {
      await expect(main.locator("dd").filter({ hasText: configured(name) }), name).toHaveCount(1)
    }
    await expect(main.locator("dd").filter({ hasText: address })).toHaveCount(1)
    await expectPhoneLink(main, identity.phone)
    await expectPhoneLink(main, identity.whatsapp)
    await expect(main.locator(`a[href="mailto:${configured("SHOP_EMAIL")}"]`)).toHaveText(configured("SHOP_EMAIL"))
    // Production never shows a placeholder, and here every setting is configured anyway.
    await expect(page.locator(".setting-to-complete")).toHaveCount(0)
    await checkPage("legal notice")

    await main.getByRole("link", { name: words.privacyInNotice }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/confidentialite$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.privacyTitle)
    await expect(main.locator("dd").filter({ hasText: configured("SHOP_ANPDP_DECLARATION") })).toHaveCount(1)
    await expect(main.locator("dd").filter({ hasText: configured("SHOP_LEGAL_NAME") })).toHaveCount(1)
    await expect(main.getByRole("link", { name: words.account })).toHaveAttribute("href", `/${locale}/compte/donnees`)
    // The rights by e-mail: the address in the list of rights, besides the controller's.
    await expect(main.locator(`li a[href="mailto:${configured("SHOP_EMAIL")}"]`)).toHaveCount(1)
    await expect(main).toContainText(words.orderLinkDays)
    await expect(page.locator(".setting-to-complete")).toHaveCount(0)
    await checkPage("privacy policy")

    await page.locator("footer").getByRole("link", { name: words.conditions }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/conditions-de-vente$`))
    await checkPage("conditions of sale")

    expect(untranslated, untranslated.join("\n")).toEqual([])
    guard.expectClean()
  })

  test(`a product page offers the shop's phone and WhatsApp (${locale})`, async ({ page }) => {
    const guard = new PageGuard(page)
    await page.goto(`/${locale}/produits/${PRODUCT}`)
    const contact = page.locator("main .shop-contact")
    await expectPhoneLink(contact, identity.phone)
    await expectPhoneLink(contact, identity.whatsapp)
    await expectNoHorizontalScroll(page, "product page")
    await guard.check("product page")
    if (locale === "ar") expect(await frenchLeftOnArabicPage(page)).toEqual([])
    guard.expectClean()
  })
}
