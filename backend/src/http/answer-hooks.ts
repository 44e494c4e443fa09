import http from "node:http"

/**
 * Work to do on every answer this process writes, as its head is written: Medusa answers some requests
 * before any middleware of ours runs (an /admin request without a valid token, files under /static,
 * the dashboard under /app), and those answers need our headers and our log too.
 */
export type AnswerHook = (req: http.IncomingMessage, res: http.ServerResponse, status: number) => void

const ORIGINAL = Symbol.for("mj-chauffage.original-write-head")
const HOOKS = Symbol.for("mj-chauffage.answer-hooks")

// Kept on the prototype itself, the one object every load of this file shares (a test runner loads
// the app once per test file, each time in a fresh global scope, but Node's http module stays).
type Patched = http.ServerResponse & { [ORIGINAL]?: http.ServerResponse["writeHead"]; [HOOKS]?: Map<string, AnswerHook> }

/**
 * Runs `hook` before each answer's head is written. Setting a name again replaces its hook rather than
 * stacking it: the latest configuration loaded wins.
 */
export function setAnswerHook(name: string, hook: AnswerHook): void {
  const prototype = http.ServerResponse.prototype as Patched
  const hooks = (prototype[HOOKS] ??= new Map())
  hooks.set(name, hook)
  if (prototype[ORIGINAL]) return
  const writeHead = (prototype[ORIGINAL] = prototype.writeHead)
  prototype.writeHead = function writeHeadWithHooks(this: http.ServerResponse, ...args: unknown[]) {
    if (this.req && !this.headersSent) {
      const status = typeof args[0] === "number" ? args[0] : this.statusCode
      for (const each of hooks.values()) each(this.req, this, status)
    }
    return (writeHead as (...all: unknown[]) => http.ServerResponse).apply(this, args)
  } as typeof prototype.writeHead
}
