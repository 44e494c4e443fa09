import http from "node:http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { describeInputProblem, localeQueryProblem } from "../lib/http/input-shape"

const ORIGINAL = Symbol.for("mj-chauffage.original-server-emit")

/**
 * Answers 400 `invalid_input` to a Store API request whose `?locale=` is not one language tag, before
 * Express sees it: Medusa's applyLocale runs ahead of every middleware we can register and, given a
 * repeated or bracketed locale, rejects a promise Express never catches, so the request hung with no
 * answer. Installed once per process, like the security headers.
 */
export function installLocaleQueryGuard(): void {
  const prototype = http.Server.prototype as http.Server & { [ORIGINAL]?: http.Server["emit"] }
  const emit = (prototype[ORIGINAL] ??= prototype.emit)
  prototype.emit = function emitWithLocaleGuard(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
      const problem = localeQueryProblem(req.url ?? "/")
      if (problem) {
        res.writeHead(400, { "content-type": "application/json; charset=utf-8" })
        res.end(JSON.stringify(refusalBody("invalid_data", "invalid_input", describeInputProblem(problem))))
        return true
      }
    }
    return (emit as (...all: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}
