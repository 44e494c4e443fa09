import crypto from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { shopLocale } from "@mj-chauffage/shop-kernel/locale"
import { registrationLinkToken } from "@mj-chauffage/shop-kernel/registration-links"
import { storefrontUrl } from "@mj-chauffage/shop-kernel/storefront-url"
import type { AccountExistsMailData, RegistrationLinkMailData } from "../lib/mail/templates/registration"
import { CUSTOMER_ACCOUNT_REQUESTED, type RequestCustomerAccountInput } from "../workflows/request-customer-account"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

/** One answer per address per quarter of an hour, however many times it is asked (no mail bombing). */
const QUIET_MS = 15 * 60_000

/**
 * The answer to a registration request, by e-mail only: the link that opens the account when the
 * address has no customer login, otherwise the way to log in or reset the password.
 */
export default async function customerAccountRequestedMail({ event, container }: SubscriberArgs<RequestCustomerAccountInput>) {
  const { email } = event.data
  const locale = shopLocale(event.data.locale)
  const logins = await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["id"], take: 1 })
  const account = `${storefrontUrl()}/${locale}/compte`
  const [template, data] = logins.length
    ? (["account-exists", { locale, login_url: `${account}/connexion`, reset_url: `${account}/mot-de-passe-oublie` } satisfies AccountExistsMailData] as const)
    : (["registration-link", { locale, register_url: `${account}/inscription/terminer?jeton=${encodeURIComponent(registrationLinkToken(email))}` } satisfies RegistrationLinkMailData] as const)
  const window = Math.floor(Date.now() / QUIET_MS)
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: email,
    channel: "email",
    template,
    data,
    idempotency_key: `${template}-${crypto.createHash("sha256").update(email).digest("hex").slice(0, 32)}-${window}`,
  })
}

export const config: SubscriberConfig = { event: CUSTOMER_ACCOUNT_REQUESTED }
