/**
 * Sends one SMS through Medusa's notification module (channel `sms`), or skips it when no SMS
 * provider is registered, saying so once per process (in production before a gateway is set up).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SMS_CHANNEL, smsChannelConfigured } from "./sms-channel"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

export type VisitSms = {
  /** E.164 phone number. */
  to: string
  text: string
  /** What the message is, for the notification record and the provider's logs (e.g. "appointment-reminder"). */
  template: string
  appointment_id: string
  /** The notification module sends a key once (unless its first send failed). */
  idempotency_key: string
}

let warnedNoSmsChannel = false

export async function sendVisitSms(container: MedusaContainer, sms: VisitSms): Promise<"sent" | "skipped"> {
  if (!smsChannelConfigured(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))) {
    if (!warnedNoSmsChannel) {
      warnedNoSmsChannel = true
      container.resolve(ContainerRegistrationKeys.LOGGER).warn("No SMS provider is configured (SMS_PROVIDER): visit SMS are skipped, e-mails still go out.")
    }
    return "skipped"
  }
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: sms.to,
    channel: SMS_CHANNEL,
    template: sms.template,
    content: { text: sms.text },
    resource_type: "appointment",
    resource_id: sms.appointment_id,
    idempotency_key: sms.idempotency_key,
  })
  return "sent"
}
