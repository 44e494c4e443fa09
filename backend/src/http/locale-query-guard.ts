import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { describeInputProblem, localeQueryProblem } from "../lib/http/input-shape"
import { setArrivalHook } from "./arrival-hooks"

/**
 * Answers 400 `invalid_input` to a Store API request whose `?locale=` is not one language tag, before
 * Express sees it: Medusa's applyLocale runs ahead of every middleware we can register and, given a
 * repeated or bracketed locale, rejects a promise Express never catches, so the request hung with no
 * answer. Installed once per process, like the security headers.
 */
export function installLocaleQueryGuard(): void {
  setArrivalHook("locale-query-guard", (req, res) => {
    const problem = localeQueryProblem(req.url ?? "/")
    if (!problem) return false
    res.writeHead(400, { "content-type": "application/json; charset=utf-8" })
    res.end(JSON.stringify(refusalBody("invalid_data", "invalid_input", describeInputProblem(problem))))
    return true
  })
}
