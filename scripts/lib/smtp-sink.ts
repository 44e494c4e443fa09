/**
 * Development and test SMTP sink: accepts every message on localhost and writes it, raw, to
 * `<dir>/<time>-<n>.eml`, so a developer opens exactly what a customer would receive.
 * Never started in production.
 */
import fs from "node:fs"
import path from "node:path"
import { SMTPServer } from "smtp-server"

export type SmtpSink = { port: number; dir: string; files: () => string[]; stop: () => Promise<void> }

export async function startSmtpSink(options: { port: number; dir: string }): Promise<SmtpSink> {
  fs.mkdirSync(options.dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (chunk: Buffer) => chunks.push(chunk))
      stream.on("end", () => {
        // Numbered in arrival order (padded, so names sort in it) and written under a temporary name, then
        // renamed: a reader never finds a half-written message (it did, under load, and parsed it as empty).
        const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${String(++count).padStart(6, "0")}.eml`
        const file = path.join(options.dir, name)
        fs.writeFile(`${file}.part`, Buffer.concat(chunks), (error) => {
          if (error) return callback(error)
          fs.rename(`${file}.part`, file, (renameError) => callback(renameError ?? undefined))
        })
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port, "127.0.0.1", () => resolve())
  })
  const address = server.server.address()
  const port = typeof address === "object" && address ? address.port : options.port
  return {
    port,
    dir: options.dir,
    files: () => fs.readdirSync(options.dir).filter((file) => file.endsWith(".eml")).sort().map((file) => path.join(options.dir, file)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
