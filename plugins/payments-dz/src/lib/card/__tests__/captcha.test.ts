import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { checkPaymentCaptcha, paymentChallenge, readCaptchaSecret, solvePaymentChallenge, type Challenge } from "../captcha"

const SECRET = "a-test-secret-of-sufficient-length-0123456789"
const EASY = { cost: 10, counter: { min: 10, max: 200 } }

/** What the widget does in the browser: solve, then submit base64 of { challenge, solution }. */
async function answer(challenge: Challenge, tamper?: (challenge: Challenge) => Challenge) {
  const solution = await solvePaymentChallenge(challenge)
  assert.ok(solution)
  return Buffer.from(JSON.stringify({ challenge: tamper ? tamper(challenge) : challenge, solution })).toString("base64")
}

describe("payment captcha", () => {
  it("accepts a solved challenge for its own cart", async () => {
    const challenge = await paymentChallenge(SECRET, "cart_A", new Date(), EASY)
    const check = await checkPaymentCaptcha(SECRET, await answer(challenge), "cart_A")
    assert.deepEqual(check, { ok: true, signature: challenge.signature })
  })

  it("refuses it for another cart, rebound to another cart, signed with another secret, expired, or garbled", async () => {
    const challenge = await paymentChallenge(SECRET, "cart_A", new Date(), EASY)
    const solved = await answer(challenge)
    assert.deepEqual(await checkPaymentCaptcha(SECRET, solved, "cart_B"), { ok: false, reason: "other_cart" })
    const rebound = await answer(challenge, (c) => ({ ...c, parameters: { ...c.parameters, data: { cart_id: "cart_B" } } }))
    assert.deepEqual(await checkPaymentCaptcha(SECRET, rebound, "cart_B"), { ok: false, reason: "invalid" })
    assert.deepEqual(await checkPaymentCaptcha("another-secret-of-sufficient-length-987654", solved, "cart_A"), { ok: false, reason: "invalid" })
    const old = await paymentChallenge(SECRET, "cart_A", new Date(Date.now() - 11 * 60_000), EASY)
    assert.deepEqual(await checkPaymentCaptcha(SECRET, await answer(old), "cart_A"), { ok: false, reason: "expired" })
    assert.deepEqual(await checkPaymentCaptcha(SECRET, "not base64 json", "cart_A"), { ok: false, reason: "malformed" })
    assert.deepEqual(await checkPaymentCaptcha(SECRET, Buffer.from("{}").toString("base64"), "cart_A"), { ok: false, reason: "malformed" })
  })

  it("refuses a wrong solution", async () => {
    const challenge = await paymentChallenge(SECRET, "cart_A", new Date(), EASY)
    const forged = Buffer.from(JSON.stringify({ challenge, solution: { counter: 1, derivedKey: "00".repeat(32) } })).toString("base64")
    assert.deepEqual(await checkPaymentCaptcha(SECRET, forged, "cart_A"), { ok: false, reason: "invalid" })
  })
})

describe("the captcha's signing key", () => {
  it("is kept from 32 characters only: a short or missing option means no challenge at all", () => {
    assert.equal(readCaptchaSecret(SECRET), SECRET)
    assert.equal(readCaptchaSecret("x".repeat(32)), "x".repeat(32))
    assert.equal(readCaptchaSecret("x".repeat(31)), undefined)
    assert.equal(readCaptchaSecret(undefined), undefined)
    assert.equal(readCaptchaSecret(12345), undefined)
  })
})
