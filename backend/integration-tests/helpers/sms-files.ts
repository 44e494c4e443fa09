import fs from "node:fs"
import path from "node:path"

/** One SMS as the development provider wrote it (src/modules/notification-sms-dev). */
export type SmsFile = { file: string; to: string; template: string; encoding: string; segments: number; text: string }

export function readSmsFiles(dir: string): SmsFile[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const [head, ...body] = fs.readFileSync(path.join(dir, file), "utf8").split("\n\n")
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(head)?.[1] ?? ""
      return { file, to: field("To"), template: field("Template"), encoding: field("Encoding"), segments: Number(field("Segments")), text: body.join("\n\n").trimEnd() }
    })
}

/**
 * The SMS that `match`, once there are at least `count`: read again each time the folder changes
 * (the provider writes a file per message), so no fixed sleep; 20 s at most.
 */
export async function smsMatching(dir: string, match: (sms: SmsFile) => boolean, count = 1): Promise<SmsFile[]> {
  fs.mkdirSync(dir, { recursive: true })
  const found = () => readSmsFiles(dir).filter(match)
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      watcher.close()
      clearTimeout(timer)
      if (error) reject(error)
      else resolve(found())
    }
    const check = () => {
      if (found().length >= count) done()
    }
    const watcher = fs.watch(dir, check)
    const timer = setTimeout(() => done(new Error(`${found().length} matching SMS after 20 s, expected ${count}`)), 20_000)
    check()
  })
}
