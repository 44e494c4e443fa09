/**
 * The SATIM simulator over https, for what runs a production build (which refuses a plain-http SATIM
 * address): a certificate made for this run (openssl, one day), the settings that point the shop at
 * the simulator and make it trust the certificate, and the card page as a customer's browser uses it.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import https from "node:https"
import os from "node:os"
import path from "node:path"
import { startSatimSimulator, type SatimSimulator } from "./server"
import { CORRECT_CVV2, TEST_CARDS } from "./test-cards"

export type HttpsSatim = {
  simulator: SatimSimulator
  certificate: string
  /** SATIM_* and NODE_EXTRA_CA_CERTS for the shop's environment. */
  env: Record<string, string>
  stop: () => Promise<void>
}

export async function startHttpsSatimSimulator(): Promise<HttpsSatim> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-satim-tls-"))
  const keyFile = path.join(dir, "key.pem")
  const certificateFile = path.join(dir, "cert.pem")
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", keyFile, "-out", certificateFile],
    { stdio: "ignore" }
  )
  const certificate = fs.readFileSync(certificateFile, "utf8")
  const simulator = await startSatimSimulator({ port: 0, tls: { key: fs.readFileSync(keyFile, "utf8"), cert: certificate } })
  return {
    simulator,
    certificate,
    env: {
      SATIM_BASE_URL: simulator.baseUrl,
      SATIM_USERNAME: simulator.credentials.userName,
      SATIM_PASSWORD: simulator.credentials.password,
      SATIM_TERMINAL_ID: simulator.credentials.terminalId,
      NODE_EXTRA_CA_CERTS: certificateFile,
    },
    stop: async () => {
      await simulator.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The card page as a browser uses it (the run's certificate trusted): its status and redirect. */
export function onCardPage(satim: HttpsSatim, url: string, form?: Record<string, string>): Promise<{ status: number; location: string }> {
  const body = form ? new URLSearchParams(form).toString() : undefined
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      { method: form ? "POST" : "GET", ca: satim.certificate, headers: body ? { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) } : {} },
      (response) => {
        response.resume()
        response.on("end", () => resolve({ status: response.statusCode ?? 0, location: String(response.headers.location ?? "") }))
      }
    )
    request.on("error", reject)
    request.end(body)
  })
}

/** Opens the card page and pays with the simulator's success card; answers SATIM's order id from the redirect. */
export async function payWithSuccessCard(satim: HttpsSatim, formUrl: string): Promise<string> {
  const page = await onCardPage(satim, formUrl)
  if (page.status !== 200) throw new Error(`card page ${page.status}`)
  const pan = Object.entries(TEST_CARDS).find(([, card]) => card.label === "success")![0]
  const paid = await onCardPage(satim, new URL("pay", formUrl).href, {
    mdOrder: new URL(formUrl).searchParams.get("mdOrder")!,
    pan,
    expiry: "12/30",
    cvv2: CORRECT_CVV2,
    holder: "KARIM BENALI",
    action: "pay",
  })
  if (paid.status !== 303) throw new Error(`card payment answered ${paid.status}`)
  return new URL(paid.location).searchParams.get("orderId")!
}
