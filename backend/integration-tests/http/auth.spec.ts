/**
 * Logins against the real app on PostgreSQL, customers' and staff's alike: scrypt at N = 2^17 with
 * older hashes upgraded, the password rules at registration, the lockout keyed on the real client
 * (TRUSTED_PROXIES decides who may name it), and no timing difference between known and unknown
 * e-mails.
 */
import crypto from "node:crypto"
import { ContainerRegistrationKeys, Modules, generateJwtToken } from "@medusajs/framework/utils"
import scrypt from "scrypt-kdf"
import { adminHeaders } from "../helpers/admin-headers"
import { CUSTOMER_PASSWORD, customerHeaders, registrationBody } from "../helpers/customer-headers"
import { useMailSink } from "../helpers/mail-sink"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(240_000)

const mailSink = useMailSink()

type Answer = { status: number; data: { code?: string; token?: string }; headers: Record<string, string> }
const answer = (request: Promise<Answer>) => request.catch((error: { response: Answer }) => error.response)

shopSuite(({ api, getContainer, securityLog, shop }) => {
  let shoppers = 0
  /** A shopper the storefront (on loopback, trusted) speaks for: its own address, so its own counts. */
  const viaStorefront = () => ({ "x-forwarded-for": `203.0.113.${++shoppers}` })

  const register = (email: string, password = CUSTOMER_PASSWORD, headers: Record<string, string> = viaStorefront()) =>
    answer(api.post("/auth/customer/emailpass/register", registrationBody(email, password), { headers }))
  const login = (email: string, password: string, headers: Record<string, string> = {}) => answer(api.post("/auth/customer/emailpass", { email, password }, { headers }))
  const storedHash = async (email: string) => {
    const [identity] = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" })
    return Buffer.from(String(identity!.provider_metadata!.password), "base64")
  }

  beforeAll(() => {
    process.env.TRUSTED_PROXIES = "loopback"
  })
  afterAll(() => {
    delete process.env.TRUSTED_PROXIES
  })

  it("stores passwords with scrypt N = 2^17, r 8, p 1", async () => {
    expect((await register("hash@example.dz")).status).toBe(200)
    expect(scrypt.viewParams(await storedHash("hash@example.dz"))).toEqual({ logN: 17, r: 8, p: 1 })
  })

  it("upgrades an older, cheaper hash at the next successful login", async () => {
    const email = "ancien@example.dz"
    const hash = (await scrypt.kdf(CUSTOMER_PASSWORD, { logN: 15, r: 8, p: 1 })).toString("base64")
    await getContainer().resolve(Modules.AUTH).createAuthIdentities({ provider_identities: [{ provider: "emailpass", entity_id: email, provider_metadata: { password: hash } }] })
    expect((await login(email, "pas-le-bon-mot-de-passe", viaStorefront())).status).toBe(401)
    expect(scrypt.viewParams(await storedHash(email)).logN).toBe(15)
    const accepted = await login(email, CUSTOMER_PASSWORD, viaStorefront())
    expect(accepted.status).toBe(200)
    expect(scrypt.viewParams(await storedHash(email)).logN).toBe(17)
    expect((await login(email, CUSTOMER_PASSWORD, viaStorefront())).status).toBe(200)
  })

  it("refuses a short or common password and a malformed e-mail at registration, with codes", async () => {
    expect((await register("court@example.dz", "1")).data.code).toBe("password_too_short")
    expect((await register("commun@example.dz", "azertyuiop")).data.code).toBe("password_too_common")
    expect((await register("commun@example.dz", "Password123")).data.code).toBe("password_too_common")
    expect((await register("not-an-email", CUSTOMER_PASSWORD)).data.code).toBe("email_invalid")
    const refused = await answer(api.post("/auth/user/emailpass/register", { email: "staff@example.dz", password: "secret" }, { headers: viaStorefront() }))
    expect(refused.status).toBe(400)
    expect(refused.data.code).toBe("password_too_short")
  })

  it("locks an account for its client after 5 wrong passwords (429, Retry-After), even for the right one; a forged X-Forwarded-For does not reset it", async () => {
    const email = "cible@example.dz"
    expect((await register(email)).status).toBe(200)
    delete process.env.TRUSTED_PROXIES // this client is not a proxy anyone trusts: its X-Forwarded-For is ignored
    try {
      for (let attempt = 1; attempt <= 5; attempt++) expect((await login(email, `mauvais-${attempt}-mot-de-passe`)).status).toBe(401)
      const locked = await login(email, "encore-un-mauvais-mot")
      expect(locked.status).toBe(429)
      expect(locked.data.code).toBe("too_many_login_failures")
      expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0)
      expect((await login(email, CUSTOMER_PASSWORD)).status).toBe(429)
      for (const forged of ["198.51.100.1", "198.51.100.2", "10.0.0.9"]) {
        expect((await login(email, CUSTOMER_PASSWORD, { "x-forwarded-for": forged })).status).toBe(429)
      }
    } finally {
      process.env.TRUSTED_PROXIES = "loopback"
    }
    // The account's owner, another shopper the storefront speaks for, is not locked out by the attacker.
    expect((await login(email, CUSTOMER_PASSWORD, viaStorefront())).status).toBe(200)

    // The security log tells the story: who, from where, how it ended; never a password.
    const story = securityLog().filter((line) => line.event === "customer_login" && line.actor === email)
    expect(story.map((line) => line.outcome)).toEqual([...Array(5).fill("failure"), ...Array(5).fill("refused"), "success"])
    expect(story[0]).toMatchObject({ log: "security", client: "127.0.0.1", status: 401, request_id: expect.any(String), at: expect.any(String) })
    expect(story.at(-1)).toMatchObject({ client: expect.stringMatching(/^203\.0\.113\./), status: 200 })
    expect(JSON.stringify(story)).not.toContain("mauvais-1-mot-de-passe")
  })

  it("the staff login is locked the same way", async () => {
    const headers = viaStorefront()
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await answer(api.post("/auth/user/emailpass", { email: "bureau@mj-chauffage.dz", password: `essai-${attempt}-faux` }, { headers }))).status).toBe(401)
    }
    const locked = await answer(api.post("/auth/user/emailpass", { email: "bureau@mj-chauffage.dz", password: "essai-6-faux" }, { headers }))
    expect(locked.status).toBe(429)
  })

  it("answers an unknown e-mail as slowly as a known one (no account discovery by timing)", async () => {
    const email = "connu@example.dz"
    expect((await register(email)).status).toBe(200)
    const timed = async (who: string) => {
      const started = performance.now()
      const refused = await login(who, "pas-le-bon-mot-de-passe", viaStorefront())
      const elapsed = performance.now() - started
      // One answer for both: nothing but the time could tell them apart.
      expect({ status: refused.status, data: refused.data }).toEqual({
        status: 401,
        data: { type: "unauthorized", code: "wrong_credentials", message: "The e-mail address or the password is wrong." },
      })
      return elapsed
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 3; round++) {
      known.push(await timed(email))
      unknown.push(await timed(`inconnu-${round}@example.dz`))
    }
    // Without the decoy hash an unknown e-mail answers about a hundred times faster.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5)
  })

  it("registration tells nobody but the mailbox whether an account exists; only the e-mailed link opens a login", async () => {
    const known = "deja-client@example.dz"
    await customerHeaders(api, shop.headers, known)
    const unknown = "nouvelle-cliente@example.dz"
    const ask = (email: string, locale = "fr") => answer(api.post("/store/account-requests", { email, locale }, { headers: { ...shop.headers, ...viaStorefront() } }))

    // The same answer for both (no lookup happens before it).
    const [forKnown, forUnknown] = [await ask(known), await ask(unknown, "ar")]
    expect([forKnown.status, forUnknown.status]).toEqual([202, 202])
    expect(forKnown.data).toEqual(forUnknown.data)
    expect((await ask("pas-une-adresse")).data.code).toBe("invalid_request")

    // Medusa's register route no longer answers "this e-mail exists" to whoever asks, nor opens a login without the link.
    const bare = await answer(api.post("/auth/customer/emailpass/register", { email: known, password: CUSTOMER_PASSWORD }, { headers: viaStorefront() }))
    expect(bare.status).toBe(403)
    expect(bare.data.code).toBe("registration_needs_email_link")
    expect((await answer(api.post("/auth/customer/emailpass/register", { email: unknown, password: CUSTOMER_PASSWORD }, { headers: viaStorefront() }))).data).toEqual(bare.data)

    // The known address is told it has an account; the unknown one gets the link, in the language asked.
    const [exists] = await mailSink.mailsMatching((mail) => JSON.stringify(mail.to).includes(known))
    expect(exists!.subject).toBe("Vous avez déjà un compte — MJ Chauffage")
    expect(exists!.text).toContain("https://mj-chauffage.dz/fr/compte/mot-de-passe-oublie")
    expect(exists!.text).not.toContain("jeton=")
    const [invitation] = await mailSink.mailsMatching((mail) => JSON.stringify(mail.to).includes(unknown))
    expect(invitation!.subject).toBe("إنشاء حسابك — MJ Chauffage")
    const link = /https:\/\/mj-chauffage\.dz\/ar\/compte\/inscription\/terminer\?jeton=[\w.%-]+/.exec(invitation!.text ?? "")
    expect(link).not.toBeNull()
    const token = decodeURIComponent(new URL(link![0]).searchParams.get("jeton")!)
    const verified = await answer(api.post("/store/account-requests/verify", { token }, { headers: shop.headers }))
    expect(verified.data).toMatchObject({ email: unknown })
    const forged = await answer(api.post("/store/account-requests/verify", { token: `${token.slice(0, -4)}AAAA` }, { headers: shop.headers }))
    expect(forged.data.code).toBe("link_invalid")

    // The link's address is the login's, whatever the body says; a second use finds the account.
    const opened = await answer(api.post("/auth/customer/emailpass/register", { email: "autre@example.dz", password: CUSTOMER_PASSWORD, registration_token: token }, { headers: viaStorefront() }))
    expect(opened.status).toBe(200)
    expect((await login(unknown, CUSTOMER_PASSWORD, viaStorefront())).status).toBe(200)
    expect((await login("autre@example.dz", CUSTOMER_PASSWORD, viaStorefront())).status).toBe(401)
    const again = await answer(api.post("/auth/customer/emailpass/register", { email: unknown, password: CUSTOMER_PASSWORD, registration_token: token }, { headers: viaStorefront() }))
    expect(again.status).toBe(409)
    expect(again.data.code).toBe("account_exists")
  })

  it("a staff login is created only from an invitation; a staff e-mail and an unknown one get the same refusal", async () => {
    const admin = await adminHeaders(getContainer(), "patron@mj-chauffage.dz")
    const registerStaff = (email: string) => answer(api.post("/auth/user/emailpass/register", { email, password: CUSTOMER_PASSWORD }, { headers: viaStorefront() }))
    const [existing, unknown] = [await registerStaff("patron@mj-chauffage.dz"), await registerStaff("personne@mj-chauffage.dz")]
    expect([existing.status, unknown.status]).toEqual([403, 403])
    expect(existing.data).toEqual(unknown.data)
    expect(existing.data.code).toBe("registration_needs_invite")

    // The dashboard's invite page: the login for the invited address, then the invitation accepted with it.
    const { data } = await api.post("/admin/invites", { email: "nouvelle@mj-chauffage.dz" }, { headers: admin })
    const registered = await registerStaff("nouvelle@mj-chauffage.dz")
    expect(registered.status).toBe(200)
    const accepted = await answer(
      api.post(`/admin/invites/accept?token=${data.invite.token}`, { first_name: "Nouvelle", last_name: "Recrue" }, { headers: { authorization: `Bearer ${registered.data.token}` } })
    )
    expect(accepted.status).toBe(200)
    expect((await answer(api.post("/auth/user/emailpass", { email: "nouvelle@mj-chauffage.dz", password: CUSTOMER_PASSWORD }, { headers: viaStorefront() }))).status).toBe(200)
    // Accepted, the invitation opens nothing more.
    expect((await registerStaff("nouvelle@mj-chauffage.dz")).data.code).toBe("registration_needs_invite")
  })

  it("twenty logins at once all succeed (hashing queues, it does not fail)", async () => {
    const email = "foule@example.dz"
    expect((await register(email)).status).toBe(200)
    const answers = await Promise.all(Array.from({ length: 20 }, () => login(email, CUSTOMER_PASSWORD, viaStorefront())))
    expect(answers.map((each) => each.status)).toEqual(Array(20).fill(200))
  })

  const me = (authorization: string) => answer(api.get("/store/customers/me", { headers: { ...shop.headers, authorization } }))
  const tokenOf = async (email: string, password = CUSTOMER_PASSWORD) => `Bearer ${(await login(email, password, viaStorefront())).data.token}`

  it("a reset link by e-mail in the customer's language: single use, and the new password ends every earlier session", async () => {
    const email = "oubli@example.dz"
    await customerHeaders(api, shop.headers, email)
    const before = await tokenOf(email)
    expect((await me(before)).status).toBe(200)

    const requested = await answer(api.post("/auth/customer/emailpass/reset-password", { identifier: email, metadata: { locale: "ar" } }, { headers: viaStorefront() }))
    expect(requested.status).toBe(201)
    const [mail] = await mailSink.mailsMatching((parsed) => JSON.stringify(parsed.to).includes(email) && parsed.subject === "اختيار كلمة مرور جديدة — MJ Chauffage")
    const link = /https?:\/\/\S+\/ar\/compte\/nouveau-mot-de-passe\?token=[\w.%-]+/.exec(mail!.text ?? "")
    expect(link).not.toBeNull()
    const resetToken = decodeURIComponent(new URL(link![0]).searchParams.get("token")!)

    const newPassword = "Nouveau-mot-de-passe-2027"
    const change = () => answer(api.post("/auth/customer/emailpass/update", { password: newPassword }, { headers: { authorization: `Bearer ${resetToken}` } }))
    expect((await change()).status).toBe(200)
    expect((await change()).status).toBe(401)

    const replayed = await me(before)
    expect(replayed.status).toBe(401)
    expect(replayed.data.code).toBe("session_revoked")
    expect((await login(email, CUSTOMER_PASSWORD, viaStorefront())).status).toBe(401)
    expect((await me(await tokenOf(email, newPassword))).status).toBe(200)
  })

  it("refuses a weak new password through the reset link too", async () => {
    const refused = await answer(api.post("/auth/customer/emailpass/update", { password: "court" }, { headers: { authorization: "Bearer not-a-token" } }))
    expect(refused.status).toBe(400)
    expect(refused.data.code).toBe("password_too_short")
  })

  it("logout ends every token of the account, on every device; a new login works", async () => {
    const email = "deconnexion@example.dz"
    await customerHeaders(api, shop.headers, email)
    const phone = await tokenOf(email)
    const laptop = await tokenOf(email)
    expect((await answer(api.post("/auth/logout", {}, { headers: { authorization: phone } }))).status).toBe(200)
    for (const token of [phone, laptop]) {
      const refused = await me(token)
      expect(refused.status).toBe(401)
      expect(refused.data.code).toBe("session_revoked")
    }
    expect((await me(await tokenOf(email))).status).toBe(200)
  })

  it("the dashboard's login gets a new session id each time; its logout (the cookie session) ends its bearer tokens too", async () => {
    const { authorization } = await adminHeaders(getContainer(), "deconnexion@mj-chauffage.dz")
    const session = await api.post("/auth/session", {}, { headers: { authorization } })
    const planted = String(session.headers["set-cookie"]).split(";")[0]!
    // Logging in again with that cookie gives a new session id (no session fixation); the old one is gone.
    const again = await api.post("/auth/session", {}, { headers: { authorization, cookie: planted } })
    const cookie = String(again.headers["set-cookie"]).split(";")[0]!
    expect(cookie).not.toBe(planted)
    expect((await answer(api.get("/admin/users/me", { headers: { cookie: planted } }))).status).toBe(401)
    expect((await answer(api.get("/admin/users/me", { headers: { cookie } }))).status).toBe(200)
    expect((await answer(api.get("/admin/users/me", { headers: { authorization } }))).status).toBe(200)
    expect((await answer(api.delete("/auth/session", { headers: { cookie, origin: "http://localhost:9000" } }))).status).toBe(200)
    const replayed = await answer(api.get("/admin/users/me", { headers: { authorization } }))
    expect(replayed.status).toBe(401)
    expect(replayed.data.code).toBe("session_revoked")
    expect((await answer(api.get("/admin/users/me", { headers: { cookie } }))).status).toBe(401)
  })

  it("a login ends after its idle limit (staff 15 min, customers 30) or its absolute one (a week), while activity keeps it", async () => {
    const { authorization } = await adminHeaders(getContainer(), "inactif@mj-chauffage.dz")
    const claims = JSON.parse(Buffer.from(authorization.split(".")[1]!, "base64url").toString()) as Record<string, unknown>
    const { http } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    const { exp: _exp, ...lasting } = claims // a fresh expiry: only the limits below may end these tokens
    const minutesAgo = (minutes: number, extra: Record<string, unknown> = {}) =>
      `Bearer ${generateJwtToken({ ...lasting, ...extra, iat: Math.floor(Date.now() / 1000) - minutes * 60 }, { secret: http.jwtSecret!, expiresIn: "30d" })}`

    const staffIdle = await answer(api.get("/admin/users/me", { headers: { authorization: minutesAgo(16) } }))
    expect(staffIdle.status).toBe(401)
    expect(staffIdle.data.code).toBe("session_expired")
    expect((await answer(api.get("/admin/users/me", { headers: { authorization: minutesAgo(14) } }))).status).toBe(200)

    // Active a few minutes ago: the idle limit counts from then, not from the login.
    const active = minutesAgo(20)
    const fingerprint = crypto.createHash("sha256").update(active).digest("base64url")
    await getContainer().resolve(Modules.CACHE).set(`auth:active:t:${fingerprint}`, Date.now() - 5 * 60_000, 900)
    expect((await answer(api.get("/admin/users/me", { headers: { authorization: active } }))).status).toBe(200)

    const customer = await answer(api.get("/store/customers/me", { headers: { ...shop.headers, authorization: minutesAgo(8 * 24 * 60, { actor_type: "customer" }) } }))
    expect(customer.status).toBe(401)
    expect(customer.data.code).toBe("session_expired")
  })
})
