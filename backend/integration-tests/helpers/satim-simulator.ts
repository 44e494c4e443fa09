import { startSatimSimulator, type SatimSimulator } from "../../../scripts/lib/satim-simulator/server"
import { CORRECT_CVV2 } from "../../../scripts/lib/satim-simulator/test-cards"

/**
 * The SATIM simulator for a test file: started before the app boots, with the SATIM settings
 * medusa-config.ts reads, stopped afterwards. Call at the top of the file.
 */
export const TEST_STOREFRONT_URL = "https://mj-chauffage.dz"

export function useSatimSimulator(env: Record<string, string> = {}): () => SatimSimulator {
  let simulator: SatimSimulator | undefined
  beforeAll(async () => {
    simulator = await startSatimSimulator({ port: 0 })
    Object.assign(process.env, {
      SATIM_BASE_URL: simulator.baseUrl,
      SATIM_USERNAME: simulator.credentials.userName,
      SATIM_PASSWORD: simulator.credentials.password,
      SATIM_TERMINAL_ID: simulator.credentials.terminalId,
      STOREFRONT_URL: TEST_STOREFRONT_URL,
      ...env,
    })
  })
  afterAll(async () => {
    await simulator?.stop()
    for (const name of ["SATIM_BASE_URL", "SATIM_USERNAME", "SATIM_PASSWORD", "SATIM_TERMINAL_ID", ...Object.keys(env)]) delete process.env[name]
  })
  return () => simulator!
}

/** What a customer does on the card page: types a card and presses Pay. Answers SATIM's redirect. */
export async function payOnCardPage(formUrl: string, pan: string, action: "pay" | "cancel" = "pay") {
  const page = await fetch(formUrl)
  if (!page.ok) throw new Error(`card page ${page.status}`)
  const url = new URL(formUrl)
  const response = await fetch(new URL("pay", url), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ mdOrder: url.searchParams.get("mdOrder")!, pan, expiry: "12/30", cvv2: CORRECT_CVV2, holder: "KARIM BENALI", action }),
  })
  const location = response.headers.get("location") ?? ""
  return { page: await page.text(), location, orderId: new URL(location).searchParams.get("orderId")! }
}
