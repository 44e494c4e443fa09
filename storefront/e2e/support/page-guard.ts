import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, type Response } from "@playwright/test"

const STOREFRONT_ORIGIN = new URL(process.env.E2E_BASE_URL ?? "http://localhost:8000").origin

/**
 * Watches a page for what must never happen: CSP violations, console errors, uncaught errors, a
 * page without a CSP nonce or with a nonce seen before, and accessibility violations (axe).
 */
export class PageGuard {
  readonly problems: string[] = []
  private readonly nonces = new Set<string>()
  visited = 0

  constructor(private readonly page: Page) {
    void page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const store = ((window as unknown as { __csp?: string[] }).__csp ??= [])
        store.push(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    page.on("console", (message) => {
      if (message.type() === "error") this.problems.push(`console error: ${message.text()}`)
    })
    page.on("pageerror", (error) => this.problems.push(`page error: ${error.message}`))
    page.on("response", (response) => this.checkDocument(response))
  }

  private checkDocument(response: Response) {
    if (response.request().resourceType() !== "document") return
    // Our pages only: SATIM's card page (the simulator in tests) is another site with its own rules.
    if (new URL(response.url()).origin !== STOREFRONT_ORIGIN) return
    const csp = response.headers()["content-security-policy"]
    if (!csp) {
      this.problems.push(`no CSP on ${response.url()}`)
      return
    }
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    if (!nonce) this.problems.push(`no nonce in the CSP of ${response.url()}`)
    else if (this.nonces.has(nonce)) this.problems.push(`nonce reused on ${response.url()}`)
    else this.nonces.add(nonce)
    if (/script-src[^;]*'unsafe-inline'/.test(csp)) this.problems.push(`unsafe-inline scripts allowed on ${response.url()}`)
    this.visited += 1
  }

  /** Axe on the current page, then the CSP violations the browser reported so far. */
  async check(label: string) {
    await this.page.waitForLoadState("load")
    const axe = await new AxeBuilder({ page: this.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
    for (const violation of axe.violations) {
      this.problems.push(`axe ${label}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)
    }
    const csp = await this.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
    for (const violation of csp) this.problems.push(`CSP violation on ${label}: ${violation}`)
  }

  expectClean() {
    expect(this.problems, this.problems.join("\n")).toEqual([])
    expect(this.visited).toBeGreaterThan(0)
  }
}
