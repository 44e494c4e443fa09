/**
 * Staff roles in Medusa Admin, in Chromium (plugins/staff-access): a technician logs in on a phone
 * (390 px) and lands on "Mes interventions" instead of the orders list; the orders and customers the
 * role may not read are refused by the API (403 staff_forbidden), and the dashboard says why (the
 * refusal's sentence in a toast over its error page) rather than a blank page. An admin sees and sets
 * a user's role on the user's page and finds the invite-with-a-role form on the users list.
 */
import { expect, test } from "@playwright/test"
import { logInToDashboard } from "./support/admin-dashboard"
import { adminDashboard, adminFetch, technicianLogin } from "./support/medusa-admin"

test("a technician lands on Mes interventions and is refused the orders and the customers", async ({ browser }) => {
  test.setTimeout(240_000)
  const van = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await van.goto(`${adminDashboard.url()}/login`)
  // The development dashboard compiles on its first visit: give it time.
  await van.locator('input[name="email"]').fill(technicianLogin.email(), { timeout: 90_000 })
  await van.locator('input[name="password"]').fill(technicianLogin.password())
  await van.locator('button[type="submit"]').click()

  // After login the dashboard opens the orders list; a technician is sent on to their own visits.
  await van.waitForURL((url) => url.pathname === "/app/mes-interventions", { timeout: 90_000 })
  await expect(van.getByRole("heading", { name: "Mes interventions" })).toBeVisible({ timeout: 60_000 })

  // The API refuses what the role lacks, with a stable code and a message a person can act on.
  const refused = await van.evaluate(async () => {
    const answer = await fetch("/admin/orders?limit=1", { credentials: "include" })
    return { status: answer.status, body: (await answer.json()) as { code?: string; message?: string } }
  })
  expect(refused.status).toBe(403)
  expect(refused.body.code).toBe("staff_forbidden")
  expect(refused.body.message).toContain("technicien")

  // A page the role may not read: the dashboard's error page, with our words for it, and the refusal's
  // own sentence in a toast (the dashboard's production error page never shows the API's message).
  // The dashboard's language is its own setting (English here), the refusal's sentence is French.
  await van.goto(`${adminDashboard.url()}/customers`)
  await expect(van.locator("[data-sonner-toast]", { hasText: "Votre rôle (technicien) ne permet pas de consulter les clients" })).toBeVisible({ timeout: 60_000 })
  await expect(van.getByText(/^(This page cannot be shown|Cette page ne peut pas s'afficher)$/)).toBeVisible()
})

test("an admin sees and sets a user's role on their page, and can invite with a role", async ({ browser }) => {
  test.setTimeout(240_000)
  const { users } = await adminFetch<{ users: Array<{ id: string; email: string }> }>("/admin/users?q=gerant&limit=5")
  const manager = users.find((user) => user.email === "gerant@mj-chauffage.local")!
  const office = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await logInToDashboard(office, adminDashboard.email(), adminDashboard.password())

  await office.goto(`${adminDashboard.url()}/settings/users`)
  await expect(office.getByRole("heading", { name: "Inviter avec un rôle" })).toBeVisible({ timeout: 60_000 })

  await office.goto(`${adminDashboard.url()}/settings/users/${manager.id}`)
  await expect(office.getByRole("heading", { name: "Rôle et accès" })).toBeVisible({ timeout: 60_000 })
  await expect(office.getByText("Gérant", { exact: true }).first()).toBeVisible()
  await office.getByRole("combobox", { name: "Rôle" }).click()
  await office.getByRole("option", { name: "Technicien" }).click()
  await office.getByRole("button", { name: "Enregistrer" }).click()
  await expect.poll(async () => (await adminFetch<{ staff: { role: string } }>(`/admin/staff-access/users/${manager.id}`)).staff.role, { timeout: 30_000 }).toBe("technician")
  // Back as it was for whoever uses the development manager next.
  await adminFetch(`/admin/staff-access/users/${manager.id}`, { method: "POST", body: { role: "manager" } })
})
