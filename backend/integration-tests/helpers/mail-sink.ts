import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { simpleParser, type ParsedMail } from "mailparser"
import { startSmtpSink, type SmtpSink } from "../../../scripts/lib/smtp-sink"

/**
 * An in-process SMTP sink for a test file: started before the app boots, with the SMTP settings the
 * configuration reads (plus `env`), stopped and removed afterwards. Call at the top of the file.
 */
export type MailSinkFixture = {
  sink: () => SmtpSink
  /** The files of the messages received, once there are at least `count` (20 s at most). */
  filesAtLeast: (count: number) => Promise<string[]>
  /** The received messages that `match`, parsed, oldest first, once there are at least `count` (20 s at most). */
  mailsMatching: (match: (mail: ParsedMail) => boolean, count?: number) => Promise<ParsedMail[]>
}

export function useMailSink(env: Record<string, string> = {}): MailSinkFixture {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "mj-mail-"))
  let sink: SmtpSink | undefined
  beforeAll(async () => {
    sink = await startSmtpSink({ port: 0, dir: path.join(work, "mail") })
    // Read by medusa-config.ts when the app boots (after this hook).
    Object.assign(process.env, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      MAIL_FROM: "MJ Chauffage <commandes@mj-chauffage.dz>",
      STOREFRONT_URL: "https://mj-chauffage.dz",
      ...env,
    })
  })
  afterAll(async () => {
    await sink?.stop()
    fs.rmSync(work, { recursive: true, force: true })
  })
  const started = () => {
    if (!sink) throw new Error("The mail sink starts in beforeAll")
    return sink
  }
  return {
    sink: started,
    filesAtLeast: async (count) => {
      const deadline = Date.now() + 20_000
      while (started().files().length < count) {
        if (Date.now() > deadline) throw new Error(`${started().files().length} e-mail(s) after 20 s, expected ${count}`)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      return started().files()
    },
    mailsMatching: async (match, count = 1) => {
      const deadline = Date.now() + 20_000
      for (;;) {
        const mails = await Promise.all(started().files().map((file) => simpleParser(fs.readFileSync(file))))
        const found = mails.filter(match).sort((a, b) => Number(a.date) - Number(b.date))
        if (found.length >= count) return found
        if (Date.now() > deadline) throw new Error(`${found.length} matching e-mail(s) after 20 s, expected ${count}`)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    },
  }
}
