import { startChargilySimulator, type ChargilySimulator } from "../../../scripts/lib/chargily-simulator/server"

/**
 * The Chargily simulator for a test file: started before the app boots, with the Chargily settings
 * medusa-config.ts reads, stopped afterwards. Its webhooks are not delivered: a test posts the
 * signed events itself (the app's port is Medusa's runner's). Call at the top of the file.
 */
export function useChargilySimulator(): () => ChargilySimulator {
  let simulator: ChargilySimulator | undefined
  beforeAll(async () => {
    simulator = await startChargilySimulator({ port: 0, deliverWebhooks: false })
    Object.assign(process.env, { CHARGILY_SECRET_KEY: simulator.secretKey, CHARGILY_MODE: "test", CHARGILY_BASE_URL: simulator.baseUrl })
  })
  afterAll(async () => {
    await simulator?.stop()
    for (const name of ["CHARGILY_SECRET_KEY", "CHARGILY_MODE", "CHARGILY_BASE_URL"]) delete process.env[name]
  })
  return () => simulator!
}
