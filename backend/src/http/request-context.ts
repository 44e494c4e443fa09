import { AsyncLocalStorage } from "node:async_hooks"
import http from "node:http"

const STORAGE = Symbol.for("mj-chauffage.request-context")

type Holder = http.Server & { [STORAGE]?: AsyncLocalStorage<http.IncomingMessage> }

/**
 * The request being served, wherever the code runs on its behalf (a route, a workflow step, a module's
 * log line): arrival-hooks.ts runs each request inside this storage. Kept on Node's http prototype,
 * like the hooks, so that every load of this file (a test runner loads the app once per test file, in a
 * fresh global scope) shares the storage the one patched `emit` fills.
 */
export function requestStorage(): AsyncLocalStorage<http.IncomingMessage> {
  const holder = http.Server.prototype as Holder
  return (holder[STORAGE] ??= new AsyncLocalStorage())
}

/** The request this code runs for; none in a job, a subscriber or at start. */
export const currentRequest = (): http.IncomingMessage | undefined => requestStorage().getStore()
