import type * as AltchaLib from "altcha-lib" with { "resolution-mode": "import" }
import type * as AltchaPbkdf2 from "altcha-lib/algorithms/pbkdf2" with { "resolution-mode": "import" }
import type { Challenge, Payload } from "altcha-lib" with { "resolution-mode": "import" }

// altcha-lib ships CommonJS builds but types only for its ES modules: load the CommonJS build (this
// plugin is CommonJS) with the ES module's types.
/* eslint-disable @typescript-eslint/no-require-imports */
const { createChallenge, randomInt, solveChallenge, verifySolution } = require("altcha-lib") as typeof AltchaLib
const { deriveKey } = require("altcha-lib/algorithms/pbkdf2") as typeof AltchaPbkdf2
/* eslint-enable @typescript-eslint/no-require-imports */

export type { Challenge }

/**
 * The self-hosted captcha of the pay step (ALTCHA proof of work, no third party), the same for every
 * card gateway (SATIM, Chargily): a challenge is signed by the server, bound to one cart and valid 10
 * minutes; the browser's answer is checked here, and the caller makes each answer single use (it is
 * stored with the card page it opened, whichever gateway's: workflows/card/steps/check-card-captcha.ts).
 *
 * The work is PBKDF2-SHA-256: each try costs `cost` iterations, done in native code by the browser
 * (WebCrypto) as by a script (OpenSSL), so a script pays about the CPU a customer's browser does; the
 * answer is the `counter`-th try. About 5.5 million iterations per card page: about a second on this
 * project's 2-core machine, in Node as in Chromium (measured, README); issuing and checking cost one try.
 */
export const CAPTCHA_LIFETIME_MS = 10 * 60_000
const ALGORITHM = "PBKDF2/SHA-256"

export type CaptchaWork = { cost: number; counter: { min: number; max: number } }
export const PAYMENT_CAPTCHA_WORK: CaptchaWork = { cost: 5_000, counter: { min: 800, max: 1_400 } }

/** The plugin option `captchaSecret`, kept only when long enough to sign with (32 characters at least). */
export function readCaptchaSecret(secret: unknown): string | undefined {
  return typeof secret === "string" && secret.length >= 32 ? secret : undefined
}

/**
 * What a card gateway's module offers the shared captcha check: the key that signs challenges while
 * the gateway can take payments (else undefined), and whether an answer already opened one of its pages.
 */
export type CardCaptchaKeeper = {
  captchaKey(): string | undefined
  captchaSignatureUsed(signature: string): Promise<boolean>
}

export type CaptchaCheck =
  | { ok: true; signature: string }
  | { ok: false; reason: "malformed" | "invalid" | "expired" | "other_cart" }

export async function paymentChallenge(secret: string, cartId: string, now = new Date(), work: CaptchaWork = PAYMENT_CAPTCHA_WORK): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: work.cost,
    counter: randomInt(work.counter.max, work.counter.min),
    deriveKey,
    hmacSignatureSecret: secret,
    expiresAt: new Date(now.getTime() + CAPTCHA_LIFETIME_MS),
    data: { cart_id: cartId },
  })
}

/** `answer` is what the widget submits: base64 of `{ challenge, solution }`. */
export async function checkPaymentCaptcha(secret: string, answer: string, cartId: string): Promise<CaptchaCheck> {
  let payload: Payload
  try {
    payload = JSON.parse(Buffer.from(answer, "base64").toString("utf8")) as Payload
    if (!payload?.challenge?.parameters || !payload.solution || typeof payload.challenge.signature !== "string") return { ok: false, reason: "malformed" }
  } catch {
    return { ok: false, reason: "malformed" }
  }
  const result = await verifySolution({ challenge: payload.challenge, solution: payload.solution, deriveKey, hmacSignatureSecret: secret })
  if (result.expired) return { ok: false, reason: "expired" }
  if (!result.verified) return { ok: false, reason: "invalid" }
  // The signature covers the parameters, so the cart bound at issue cannot be swapped.
  if (payload.challenge.parameters.data?.cart_id !== cartId) return { ok: false, reason: "other_cart" }
  return { ok: true, signature: payload.challenge.signature }
}

/** What the widget computes in the browser; for tests and scripts that play the customer. */
export const solvePaymentChallenge = (challenge: Challenge) => solveChallenge({ challenge, deriveKey })
