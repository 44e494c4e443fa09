import { setAnswerHook } from "./answer-hooks"

/**
 * With SERVED_BY_HEADER=true every answer names the process that wrote it (`X-Served-By: <pid>`), so
 * a drill can see its requests spread over the cluster's servers. Off by default: a process id tells
 * callers nothing they need.
 */
export function installServedByHeader(env: NodeJS.ProcessEnv): void {
  if (env.SERVED_BY_HEADER !== "true") return
  setAnswerHook("served-by", (_req, res) => res.setHeader("X-Served-By", String(process.pid)))
}
