/**
 * The BaridPay account `npm run dev` shows when BARIDPAY_RIP is not set: a RIP of nobody, so that the
 * method can be tried locally. Production refuses it (production-policy.ts): customers would pay it.
 */
export const DEMO_BARIDPAY_RIP = "00799999000123456789"
export const DEMO_BARIDPAY_QR_PAYLOAD = `BARIDPAY-DEMO:${DEMO_BARIDPAY_RIP}`

const digits = (value: string | undefined) => (value ?? "").replace(/\s+/g, "")

/** Whether these settings show the demo account (its RIP, or a QR naming it), however spaced. */
export const showsDemoBaridpayAccount = (env: Record<string, string | undefined>) =>
  digits(env.BARIDPAY_RIP) === DEMO_BARIDPAY_RIP || [env.BARIDPAY_QR_PAYLOAD, env.BARIDPAY_QR_URL].some((value) => digits(value).includes(DEMO_BARIDPAY_RIP))
