import { expect, type Page } from "@playwright/test"

export type Buyer = { firstName: string; lastName: string; phone: string; email: string }

/** The header's search box, as a customer uses it. */
export async function searchFor(page: Page, query: string) {
  await page.locator("#search-q").fill(query)
  await page.locator("#search-q").press("Enter")
  await page.waitForURL(/\/recherche\?q=/)
}

export async function fillContact(page: Page, buyer: Buyer) {
  await page.locator('input[name="first_name"]').fill(buyer.firstName)
  await page.locator('input[name="last_name"]').fill(buyer.lastName)
  await page.locator('input[name="phone"]').fill(buyer.phone)
  await page.locator('input[name="email"]').fill(buyer.email)
}

/** Picks the wilaya, waits for its communes and picks `commune` (or the first one). */
export async function chooseWilayaAndCommune(page: Page, wilaya: string, commune?: string) {
  await page.locator('select[name="wilaya"]').selectOption(wilaya)
  const communes = page.locator('select[name="commune"] option')
  await expect.poll(() => communes.count()).toBeGreaterThan(1)
  if (commune) await page.locator('select[name="commune"]').selectOption(commune)
  else await page.locator('select[name="commune"]').selectOption({ index: 1 })
}

export async function chooseStopDesk(page: Page) {
  await page.locator('input[name="delivery"][value="stopdesk"]').check()
  const desks = page.locator('select[name="stop_desk_id"] option')
  await expect.poll(() => desks.count()).toBeGreaterThan(1)
  await page.locator('select[name="stop_desk_id"]').selectOption({ index: 1 })
}

export const uniqueEmail = (name: string) => `${name}.${Date.now()}@example.dz`
