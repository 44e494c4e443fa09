/**
 * The development SMS "gateway": each SMS becomes a text file, `<time>-<recipient>.txt` in the
 * configured folder (`npm run dev`: .dev/sms), with the recipient, the encoding and the segments it
 * would cost. Never registered in production (src/config/providers.ts). A real gateway is another
 * provider on the same `sms` channel: it gets the same notification (`to` in E.164, `content.text`).
 */
import fs from "node:fs"
import path from "node:path"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { countSms } from "@mj-chauffage/shop-kernel/sms"

export type DevSmsNotificationOptions = {
  channels: string[]
  /** Folder the messages are written to (created when missing). */
  directory: string
}

/** The file's text: a short header a developer (or a test) reads, then the message as sent. */
export function smsFileText(to: string, template: string, text: string): string {
  const { encoding, units, segments } = countSms(text)
  return [`To: ${to}`, `Template: ${template}`, `Encoding: ${encoding}`, `Segments: ${segments}`, `Units: ${units}`, "", text, ""].join("\n")
}

class DevSmsNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-sms-dev"
  protected readonly directory: string
  protected readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (!options.directory) throw new MedusaError(MedusaError.Types.INVALID_DATA, `notification-sms-dev: option "directory" is required`)
  }

  constructor({ logger }: { logger: Logger }, options: DevSmsNotificationOptions) {
    super()
    this.logger = logger
    this.directory = path.resolve(options.directory)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const text = notification.content?.text
    if (!text) throw new MedusaError(MedusaError.Types.INVALID_DATA, `SMS "${notification.template}" has no text`)
    fs.mkdirSync(this.directory, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, "-")
    const recipient = notification.to.replace(/[^\w+]/g, "_")
    const body = smsFileText(notification.to, notification.template, text)
    // Two messages to one number in the same millisecond get a suffix rather than overwriting.
    for (let attempt = 1; ; attempt++) {
      const file = path.join(this.directory, `${stamp}-${recipient}${attempt > 1 ? `-${attempt}` : ""}.txt`)
      try {
        fs.writeFileSync(file, body, { flag: "wx" })
        // The file name holds the phone number, personal data: the log names the template only.
        this.logger.info(`SMS "${notification.template}" written to ${this.directory}`)
        return { id: path.basename(file) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
      }
    }
  }
}

export default DevSmsNotificationProviderService
