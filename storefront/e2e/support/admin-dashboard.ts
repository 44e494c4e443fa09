/** Steps in Medusa Admin's dashboard (served by `npm run dev` at /app) that several specs take. */
import type { Page } from "@playwright/test"
import { adminDashboard } from "./medusa-admin"

/** Logs in and waits to leave the login page (the dashboard opens the orders list, or a technician's visits). */
export async function logInToDashboard(page: Page, email: string, password: string) {
  await page.goto(`${adminDashboard.url()}/login`)
  // The development dashboard compiles on its first visit: give it time.
  await page.locator('input[name="email"]').fill(email, { timeout: 90_000 })
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.startsWith("/app/login"), { timeout: 60_000 })
}

/** Picks `option` in the Medusa UI select labelled `label`. */
export async function chooseOption(page: Page, label: string, option: string | RegExp) {
  await page.getByRole("combobox", { name: label }).click()
  await page.getByRole("option", { name: option }).click()
}
