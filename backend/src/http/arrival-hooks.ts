import http from "node:http"

/**
 * Work to do on every request as it arrives, before Express or Medusa see it (Medusa reads some
 * headers and answers some requests ahead of any middleware we can register). A hook that answers
 * the request itself returns true: the request then goes no further.
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
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
      for (const each of hooks.values()) if (each(req, res) === true) return true
    }
    return (emit as (...all: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}
