/**
 * `npm run test:e2e`: the storefront in real Chromium (Playwright, Debian's /usr/bin/chromium)
 * against the real stack (scripts/lib/shop-stack.ts). Returns Playwright's counts. Arguments go to
 * Playwright: `npm run test:e2e -- e2e/card-payment.spec.ts` runs one file.
 */
import fs from "node:fs"
import path from "node:path"
import { STOREFRONT_DIR } from "./lib/paths"
import { run } from "./lib/processes"
import { withShopStack } from "./lib/shop-stack"
import { TEST_SHOP_IDENTITY } from "./lib/test-shop-identity"

export type E2eCounts = { passed: number; failed: number }

export function runEndToEnd(playwrightArgs: string[] = []): Promise<E2eCounts> {
  return withShopStack(async (stack) => {
    process.stdout.write("\n[e2e] Playwright (Debian Chromium)\n")
    const report = path.join(stack.stateDir, "playwright.json")
    await run("npx", ["playwright", "test", ...playwrightArgs], {
      cwd: STOREFRONT_DIR,
      env: {
        ...process.env,
        E2E_BASE_URL: stack.storefrontUrl,
        E2E_MEDUSA_URL: stack.backendUrl,
        E2E_PUBLISHABLE_KEY: stack.publishableKey,
        E2E_ADMIN_EMAIL: stack.adminEmail,
        E2E_ADMIN_PASSWORD: stack.adminPassword,
        E2E_TECHNICIAN_EMAIL: stack.technicianEmail,
        E2E_TECHNICIAN_PASSWORD: stack.technicianPassword,
        E2E_MAIL_DIR: stack.mailDir,
        // What the storefront was given: the legal pages' test compares the page with it.
        ...TEST_SHOP_IDENTITY,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      },
    }).catch(() => undefined) // failures are counted from the report
    if (!fs.existsSync(report)) throw new Error("Playwright wrote no report")
    const { stats } = JSON.parse(fs.readFileSync(report, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } }
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected }
  })
}

if (require.main === module) {
  runEndToEnd(process.argv.slice(2)).then(
    ({ passed, failed }) => {
      process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed\n`)
      process.exit(failed ? 1 : 0)
    },
    (error: Error) => {
      process.stderr.write(`\n${error.message}\n`)
      process.exit(1)
    }
  )
}
