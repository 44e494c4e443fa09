// The captcha widget computes its proof of work in a Web Worker, loaded from our own origin (the
// CSP allows workers from 'self' only): copy ALTCHA's prebuilt PBKDF2 worker (the pay step's
// algorithm, see plugins/payments-dz/src/lib/card/captcha.ts) into public/ before Next runs.
import fs from "node:fs"
import { fileURLToPath } from "node:url"

const source = fileURLToPath(import.meta.resolve("altcha/workers/pbkdf2"))
const target = new URL("../public/vendor/altcha-pbkdf2-worker.js", import.meta.url)
fs.mkdirSync(new URL(".", target), { recursive: true })
fs.rmSync(new URL("altcha-sha-worker.js", target), { force: true })
fs.copyFileSync(source, target)
