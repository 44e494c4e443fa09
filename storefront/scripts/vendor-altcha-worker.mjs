// The captcha widget computes its proof of work in a Web Worker, loaded from our own origin (the
// CSP allows workers from 'self' only): copy ALTCHA's prebuilt SHA worker into public/ before Next runs.
import fs from "node:fs"
import { fileURLToPath } from "node:url"

const source = fileURLToPath(import.meta.resolve("altcha/workers/sha"))
const target = new URL("../public/vendor/altcha-sha-worker.js", import.meta.url)
fs.mkdirSync(new URL(".", target), { recursive: true })
fs.copyFileSync(source, target)
