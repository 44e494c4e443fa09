import http from "node:http"
import { requestStorage } from "./request-context"

/**
 * Work to do on every request as it arrives, before Express or Medusa see it (Medusa reads some
 * headers and answers some requests ahead of any middleware we can register). A hook that answers
 * the request itself returns true: the request then goes no further. The hooks and all that follows
 * run inside the request's context (request-context.ts), and so do the request's own events: the log
 * lines read their request id from it.
 */
export type ArrivalHook = (req: http.IncomingMessage, res: http.ServerResponse) => boolean | void

const ORIGINAL = Symbol.for("mj-chauffage.original-server-emit")
const HOOKS = Symbol.for("mj-chauffage.arrival-hooks")

// On the prototype, like the answer hooks: a test runner loads the app once per test file in a fresh
// global scope, but Node's http module stays, and the hooks must not stack.
type Patched = http.Server & { [ORIGINAL]?: http.Server["emit"]; [HOOKS]?: Map<string, ArrivalHook> }

/** Runs `hook` on each request as it arrives, in the order the names were first set; setting a name again replaces it. */
export function setArrivalHook(name: string, hook: ArrivalHook): void {
  const prototype = http.Server.prototype as Patched
  const hooks = (prototype[HOOKS] ??= new Map())
  hooks.set(name, hook)
  if (prototype[ORIGINAL]) return
  const emit = (prototype[ORIGINAL] = prototype.emit)
  prototype.emit = function emitWithArrivalHooks(this: http.Server, event: string | symbol, ...args: unknown[]) {
    const pass = () => (emit as (...all: unknown[]) => boolean).call(this, event, ...args)
    if (event !== "request") return pass()
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
    // Node runs a request's 'data' and 'end' listeners in the connection's context, not this one: a body
    // read without body-parser (which rebinds its callback) would lose the request's context.
    const emitOnRequest = req.emit
    req.emit = function emitInRequestContext(this: http.IncomingMessage, ...event: unknown[]) {
      return requestStorage().run(req, () => (emitOnRequest as (...all: unknown[]) => boolean).apply(this, event))
    } as typeof req.emit
    return requestStorage().run(req, () => {
      for (const each of hooks.values()) if (each(req, res) === true) return true
      return pass()
    })
  } as typeof prototype.emit
}
