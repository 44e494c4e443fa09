/** Customer e-mail templates by name: the notification's `template` picks one, its `data` fills it. */
import type { RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import type { OrderCancelledMailData, OrderMailData, OrderRefundedMailData, OrderShippedMailData } from "./order-mail-data"
import { renderOrderCancelled } from "./order-cancelled"
import { renderOrderPlaced } from "./order-placed"
import { renderOrderRefunded } from "./order-refunded"
import { renderOrderShipped } from "./order-shipped"
import { renderPasswordReset, type PasswordResetMailData } from "./password-reset"
import { renderAccountExists, renderRegistrationLink, type AccountExistsMailData, type RegistrationLinkMailData } from "./registration"

export const MAIL_TEMPLATES = {
  "order-placed": (data: unknown) => renderOrderPlaced(data as OrderMailData),
  "order-shipped": (data: unknown) => renderOrderShipped(data as OrderShippedMailData),
  "order-cancelled": (data: unknown) => renderOrderCancelled(data as OrderCancelledMailData),
  "order-refunded": (data: unknown) => renderOrderRefunded(data as OrderRefundedMailData),
  "password-reset": (data: unknown) => renderPasswordReset(data as PasswordResetMailData),
  "registration-link": (data: unknown) => renderRegistrationLink(data as RegistrationLinkMailData),
  "account-exists": (data: unknown) => renderAccountExists(data as AccountExistsMailData),
} satisfies Record<string, (data: unknown) => RenderedMail>

export type MailTemplateName = keyof typeof MAIL_TEMPLATES

export function renderTemplate(name: string, data: unknown): RenderedMail {
  const render = MAIL_TEMPLATES[name as MailTemplateName]
  if (!render) throw new Error(`No e-mail template named "${name}"`)
  return render(data)
}
