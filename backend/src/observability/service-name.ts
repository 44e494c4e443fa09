/**
 * The service this process reports as, on its traces and metrics: the server and the worker apart
 * (mj-chauffage-server, mj-chauffage-worker, by MEDUSA_WORKER_MODE), unless OTEL_SERVICE_NAME names one.
 */
export function serviceName(env: NodeJS.ProcessEnv): string {
  const role = env.MEDUSA_WORKER_MODE === "worker" || env.MEDUSA_WORKER_MODE === "server" ? env.MEDUSA_WORKER_MODE : "medusa"
  return env.OTEL_SERVICE_NAME?.trim() || `mj-chauffage-${role}`
}
