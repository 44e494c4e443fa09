/**
 * A customer's account in the storefront: register, buy a part and book a visit while logged in, find
 * both in the account, download the order's invoice once its cash is collected, log out (the old session cookie no longer opens anything in Medusa), reset the
 * password from the e-mail (the link works once, the old password is refused), log in again.
 */
import { expect, test } from "@playwright/test"
import { adminOrders } from "./support/medusa-admin"
import { checkoutToReview, circulatorInCart, collectCashOnDelivery, downloadedInvoice, placeFromReview } from "./support/order-fixture"
import { linkMailedTo } from "./support/mailbox"
import { frenchLeftOnArabicPage } from "./support/untranslated"
import { PageGuard } from "./support/page-guard"

const medusa = process.env.E2E_MEDUSA_URL ?? "http://localhost:9000"
const publishable = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" }
const FIRST_PASSWORD = "Chaudiere-en-panne-2026"
const NEW_PASSWORD = "Radiateurs-bien-chauds-2027"

test("a customer registers, orders and books while logged in, logs out everywhere and resets the password", async ({ page, context }) => {
  test.setTimeout(240_000)
  const guard = new PageGuard(page)
  const email = `compte.${Date.now()}@example.dz`

  await page.goto("/fr")
  await page.getByRole("link", { name: "Se connecter" }).click()
  await page.getByRole("link", { name: "Créer mon compte" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer un compte")
  // The address first: the account opens from the link e-mailed to it.
  await page.getByLabel("E-mail").fill(email)
  await guard.check("register")
  await page.getByRole("button", { name: "Recevoir le lien" }).click()
  await expect(page.getByRole("status")).toContainText("Un e-mail vient de partir vers")
  await page.goto(await linkMailedTo(email, "/fr/compte/inscription/terminer?jeton="))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terminer la création de votre compte")
  await expect(page.locator("main bdi")).toHaveText(email)
  await page.getByLabel("Prénom").fill("Nadia")
  await page.getByLabel("Nom", { exact: true }).fill("Belkacem")
  await page.getByLabel("Téléphone").fill("0770 11 22 33")
  await page.getByLabel("Mot de passe", { exact: true }).fill(FIRST_PASSWORD)
  await page.getByLabel("Répétez le mot de passe").fill(FIRST_PASSWORD)
  await guard.check("finish registration")
  await page.getByRole("button", { name: "Créer mon compte" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Nadia")
  await guard.check("account")
  const session = (await context.cookies()).find((cookie) => cookie.name === "mj_session")!
  expect(session.httpOnly).toBe(true)

  // An order, placed while logged in: the checkout starts from the account's details.
  await circulatorInCart(page)
  await page.goto("/fr/caisse")
  await expect(page.locator('input[name="email"]')).toHaveValue(email)
  await expect(page.locator('input[name="first_name"]')).toHaveValue("Nadia")
  await checkoutToReview(page)
  await placeFromReview(page, "cash")
  const displayId = (await page.locator(".order-number bdi").textContent())!.trim()

  // A visit, booked while logged in: the details come from the account.
  await page.goto("/fr/reparation?wilaya=16&commune=Alger+Centre")
  await page.getByRole("radio", { name: /Pas d'eau chaude/ }).check()
  await page.getByRole("button", { name: "Continuer" }).click()
  await page.locator("input[name=creneau]").first().check()
  await page.getByRole("button", { name: "Continuer" }).click()
  await expect(page.getByLabel("Prénom")).toHaveValue("Nadia")
  await expect(page.getByLabel("E-mail")).toHaveValue(email)
  await page.getByLabel(/Adresse \(rue/).fill("3 rue Hassiba Ben Bouali")
  await page.getByLabel(/Décrivez la panne/).fill("Eau tiède seulement au robinet de la cuisine.")
  await page.getByRole("button", { name: "Vérifier ma demande" }).click()
  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre rendez-vous est confirmé")

  // Both are in the account.
  await page.goto("/fr/compte/commandes")
  await expect(page.locator("tbody tr")).toHaveCount(1)
  await expect(page.locator("tbody tr")).toContainText(displayId)
  await expect(page.locator("tbody tr")).toContainText("en attente de paiement à la livraison")
  await guard.check("account orders")
  await page.locator("tbody tr a").click()
  await expect(page.locator(".order-number")).toContainText(displayId)

  // The office confirms by phone, ships, and records the cash collected: the invoice is issued, listed and downloads.
  await collectCashOnDelivery(new URL(page.url()).pathname.split("/").at(-1)!)
  const invoice = await downloadedInvoice(page)
  expect(invoice.fileName).toBe(`facture-${invoice.number}.pdf`)
  expect(invoice.text).toContain(`Facture N° ${invoice.number}`)
  expect(invoice.text).toContain(`Commande n° ${displayId.replace("#", "")}`)
  await page.goto("/fr/compte/rendez-vous")
  await expect(page.locator(".visit-list li")).toHaveCount(1)
  await expect(page.locator(".visit-list li")).toContainText("Pas d'eau chaude")
  await guard.check("account visits")
  await page.getByRole("link", { name: "Gérer" }).click()
  await expect(page.locator(".order-status")).toContainText("confirmé")
  await expect(page.locator(".specs")).toContainText("3 rue Hassiba Ben Bouali")

  // Logging out ends the session in Medusa, not only in this browser.
  await page.goto("/fr/compte")
  await page.getByRole("button", { name: "Se déconnecter" }).click()
  await expect(page).toHaveURL(/\/fr$/)
  const replayed = await fetch(`${medusa}/store/customers/me`, { headers: { ...publishable, authorization: `Bearer ${session.value}` } })
  expect(replayed.status).toBe(401)
  await page.goto("/fr/compte")
  await expect(page).toHaveURL(/\/fr\/compte\/connexion/)

  // Forgotten password: the e-mail's link sets a new one, once.
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click()
  await page.getByLabel("E-mail").fill(email)
  await page.getByRole("button", { name: "Envoyer le lien" }).click()
  await expect(page.getByRole("status")).toContainText("Si un compte existe pour cette adresse")
  const resetLink = await linkMailedTo(email, "/fr/compte/nouveau-mot-de-passe?token=")
  await page.goto(resetLink)
  await page.getByLabel("Nouveau mot de passe").fill(NEW_PASSWORD)
  await page.getByLabel("Répétez le mot de passe").fill(NEW_PASSWORD)
  await guard.check("new password")
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click()
  await expect(page.getByRole("status")).toContainText("Votre mot de passe est changé")
  await page.goto(resetLink)
  await page.getByLabel("Nouveau mot de passe").fill("Encore-un-autre-2028")
  await page.getByLabel("Répétez le mot de passe").fill("Encore-un-autre-2028")
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click()
  await expect(page.locator(".form-message--error")).toHaveText("Ce lien n'est plus valable (déjà utilisé ou expiré) : demandez-en un nouveau.")

  await page.goto("/fr/compte/connexion")
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Mot de passe").fill(FIRST_PASSWORD)
  await page.getByRole("button", { name: "Se connecter" }).click()
  await expect(page.locator(".form-message--error")).toHaveText("E-mail ou mot de passe incorrect.")
  await page.getByLabel("Mot de passe").fill(NEW_PASSWORD)
  await page.getByRole("button", { name: "Se connecter" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Nadia")

  // The address book: wilaya first, then a commune of it; the first address is the default one.
  await page.getByRole("link", { name: "Mes adresses" }).click()
  await page.getByLabel("Wilaya").selectOption("16")
  await page.getByRole("button", { name: "Continuer" }).click()
  await page.getByLabel("Commune").selectOption("Bab El Oued")
  await page.getByLabel(/Adresse \(rue/).fill("8 boulevard Colonel Lotfi")
  await page.getByRole("button", { name: "Enregistrer l'adresse" }).click()
  await expect(page.getByRole("status")).toHaveText("L'adresse est enregistrée.")
  await page.reload()
  await expect(page.locator(".address-card")).toContainText("8 boulevard Colonel Lotfi")
  await expect(page.locator(".address-card")).toContainText("Adresse de livraison par défaut")
  await guard.check("addresses")

  // Loi 18-07: the data, the marketing consent (its own box, unticked), then the account deleted.
  await page.getByRole("link", { name: "Mes données" }).click()
  const exported = await page.request.get("/api/compte/donnees")
  expect(exported.headers()["content-disposition"]).toContain("attachment")
  const data = await exported.json()
  expect(data.account.email).toBe(email)
  expect(data.orders).toHaveLength(1)
  expect(data.repair_visits).toHaveLength(1)
  const consent = page.getByRole("checkbox", { name: /J'accepte de recevoir les offres/ })
  await expect(consent).not.toBeChecked()
  await consent.check()
  await page.getByRole("button", { name: "Enregistrer mon choix" }).click()
  await expect(page.getByRole("status")).toHaveText("Votre choix est enregistré.")
  await page.reload()
  await expect(page.getByText(/^Accord donné le/)).toBeVisible()
  await guard.check("my data")
  await page.getByRole("checkbox", { name: "Je comprends que la suppression est définitive." }).check()
  await page.getByRole("button", { name: "Supprimer mon compte" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte est supprimé")
  await page.goto("/fr/compte/connexion")
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Mot de passe").fill(NEW_PASSWORD)
  await page.getByRole("button", { name: "Se connecter" }).click()
  await expect(page.locator(".form-message--error")).toHaveText("E-mail ou mot de passe incorrect.")
  const kept = (await adminOrders()).find((order) => order.display_id === Number(displayId.replace("#", "")))
  expect(kept?.email).toMatch(/@anonyme\.invalid$/)
  guard.expectClean()
})

test.describe("on a phone, in Arabic", () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test("the login, registration and reset pages are entirely in Arabic and fit the screen", async ({ page }) => {
    const guard = new PageGuard(page)
    for (const path of ["/ar/compte/connexion", "/ar/compte/inscription", "/ar/compte/mot-de-passe-oublie"]) {
      await page.goto(path)
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
      expect(await frenchLeftOnArabicPage(page), path).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true)
      await guard.check(path)
    }
    // Registration in Arabic: the e-mailed link opens an Arabic page for the address it was sent to.
    const email = `hisab.${Date.now()}@example.dz`
    await page.goto("/ar/compte/inscription")
    await page.getByLabel("البريد الإلكتروني").fill(email)
    await page.getByRole("button", { name: "استلام الرابط" }).click()
    await expect(page.getByRole("status")).toContainText(`\u2066${email}\u2069`)
    const finish = await linkMailedTo(email, "/ar/compte/inscription/terminer?jeton=")
    await page.goto(finish)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("إتمام إنشاء حسابك")
    await expect(page.locator("main bdi")).toHaveText(email)
    expect(await frenchLeftOnArabicPage(page), "finish registration").toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await guard.check("finish registration")
    // A link that is not whole says so, and leads to a new one.
    await page.goto(finish.slice(0, -6))
    await expect(page.getByRole("alert").filter({ hasText: "هذا الرابط غير صالح" })).toBeVisible()
    await expect(page.getByRole("link", { name: "طلب رابط جديد" })).toBeVisible()

    await page.goto("/ar/compte/connexion")
    await page.getByLabel("البريد الإلكتروني").fill("mahdoum@example.dz")
    await page.getByLabel("كلمة المرور").fill("Pas-le-bon-mot-2026")
    await page.getByRole("button", { name: "تسجيل الدخول" }).click()
    await expect(page.locator(".form-message--error")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.")
    guard.expectClean()
  })
})
