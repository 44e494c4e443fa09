import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Logger, ProviderSendNotificationDTO } from "@medusajs/framework/types"
import DevSmsNotificationProviderService from "../service"

const logger = { info: () => undefined } as unknown as Logger
const sms = (to: string, text: string) => ({ to, channel: "sms", template: "appointment-reminder", content: { text } }) as ProviderSendNotificationDTO

describe("the development SMS provider", () => {
  let directory: string
  beforeEach(() => (directory = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mj-sms-")), "sms")))
  afterEach(() => fs.rmSync(path.dirname(directory), { recursive: true, force: true }))

  it("writes each SMS to <time>-<recipient>.txt with the recipient, the encoding and the segments", async () => {
    const provider = new DevSmsNotificationProviderService({ logger }, { channels: ["sms"], directory })
    const arabic = "MJ Chauffage: تذكير، يزوركم التقني غدا الأربعاء 09/12 بين 09:00 و10:30. للتغيير أو الإلغاء: الرابط في بريدكم الإلكتروني."
    const { id } = await provider.send(sms("+213550123456", arabic))
    expect(id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-\+213550123456\.txt$/)
    expect(fs.readFileSync(path.join(directory, id!), "utf8")).toBe(
      `To: +213550123456\nTemplate: appointment-reminder\nEncoding: UCS-2\nSegments: 2\nUnits: 120\n\n${arabic}\n`
    )
  })

  it("keeps two messages to one number sent at once in two files", async () => {
    const provider = new DevSmsNotificationProviderService({ logger }, { channels: ["sms"], directory })
    const sent = await Promise.all([provider.send(sms("+213550123456", "Un")), provider.send(sms("+213550123456", "Deux")), provider.send(sms("+213550123456", "Trois"))])
    expect(new Set(sent.map((result) => result.id)).size).toBe(3)
    const texts = fs.readdirSync(directory).map((file) => fs.readFileSync(path.join(directory, file), "utf8").split("\n\n")[1].trim())
    expect(texts.sort()).toEqual(["Deux", "Trois", "Un"])
  })

  it("refuses an SMS without text, and a configuration without a folder", async () => {
    const provider = new DevSmsNotificationProviderService({ logger }, { channels: ["sms"], directory })
    await expect(provider.send({ ...sms("+213550123456", ""), content: {} })).rejects.toThrow('SMS "appointment-reminder" has no text')
    expect(() => DevSmsNotificationProviderService.validateOptions({ channels: ["sms"] })).toThrow('option "directory" is required')
  })
})
