/**
 * E-mail through SMTP with nodemailer, DKIM-signed when a domain, selector and key file are set.
 * The notification's `template` and `data` are rendered by lib/mail/templates (French or Arabic).
 */
import fs from "node:fs"
import nodemailer, { type Transporter } from "nodemailer"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { renderTemplate } from "../../lib/mail/templates"

export type SmtpNotificationOptions = {
  channels: string[]
  host: string
  port: number
  secure?: boolean
  user?: string
  password?: string
  from: string
  dkim?: { domainName: string; keySelector: string; privateKeyFile: string }
}

class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"
  protected readonly transporter: Transporter
  protected readonly from: string
  protected readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    for (const name of ["host", "port", "from"]) {
      if (!options[name]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `notification-smtp: option "${name}" is required`)
    }
    const dkim = options.dkim as SmtpNotificationOptions["dkim"]
    if (dkim && !(dkim.domainName && dkim.keySelector && dkim.privateKeyFile)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-smtp: DKIM needs a domain, a selector and a key file")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.from = options.from
    this.transporter = nodemailer.createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure ?? false,
      auth: options.user ? { user: options.user, pass: options.password } : undefined,
      dkim: options.dkim
        ? {
            domainName: options.dkim.domainName,
            keySelector: options.dkim.keySelector,
            privateKey: fs.readFileSync(options.dkim.privateKeyFile, "utf8"),
          }
        : undefined,
    })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const content = notification.content?.html
      ? { subject: notification.content.subject ?? "", text: notification.content.text ?? "", html: notification.content.html }
      : renderTemplate(notification.template, notification.data)
    const info = await this.transporter.sendMail({
      from: notification.from || this.from,
      to: notification.to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      attachments: notification.attachments?.map((attachment) => ({
        filename: attachment.filename,
        content: Buffer.from(attachment.content, "base64"),
        contentType: attachment.content_type,
      })),
    })
    // The address is personal data: the log keeps the template and the message id only.
    this.logger.info(`E-mail "${notification.template}" sent (${info.messageId})`)
    return { id: info.messageId }
  }
}

export default SmtpNotificationProviderService
