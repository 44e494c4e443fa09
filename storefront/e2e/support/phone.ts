import { expect, type Page } from "@playwright/test"

/** The phone the shop is checked on (a common Android width). */
export const PHONE = { width: 390, height: 844 }

/**
 * No sideways scroll: the page is no wider than the screen, and the screen is still 390 px (a phone
 * widens its layout viewport to a page that overflows, so scrollWidth ≤ innerWidth alone would pass).
 */
export async function expectFitsThePhone(page: Page, label: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
  expect(innerWidth, `${label}: the layout viewport grew to ${innerWidth} px`).toBe(PHONE.width)
  expect(scrollWidth, `${label}: ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth)
}
