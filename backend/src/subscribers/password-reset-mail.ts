import crypto from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { shopLocale } from "@mj-chauffage/shop-kernel/locale"
import { storefrontUrl } from "@mj-chauffage/shop-kernel/storefront-url"
import { backendUrl } from "../config/http"
import type { PasswordResetMailData } from "../lib/mail/templates/password-reset"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

type ResetRequested = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/**
 * The reset link, e-mailed in the language the request named (`metadata.locale`, French otherwise):
 * a customer's opens the storefront's new-password page, a staff member's the dashboard's.
 */
export default async function passwordResetMail({ event, container }: SubscriberArgs<ResetRequested>) {
  const { entity_id: email, actor_type: actor, token, metadata } = event.data
  const locale = shopLocale(metadata?.locale)
  const reset_url =
    actor === "user"
      ? `${backendUrl(process.env)}/app/reset-password?token=${encodeURIComponent(token)}`
      : `${storefrontUrl()}/${locale}/compte/nouveau-mot-de-passe?token=${encodeURIComponent(token)}`
  const data: PasswordResetMailData = { locale, reset_url }
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: email,
    channel: "email",
    template: "password-reset",
    data,
    // One e-mail per link, whatever the retries; the key names the link without holding it.
    idempotency_key: `password-reset-${crypto.createHash("sha256").update(token).digest("hex").slice(0, 32)}`,
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
