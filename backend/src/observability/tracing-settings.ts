export type TracingSettings = { serviceName: string; endpoint: string }

/**
 * Whether this process sends OpenTelemetry traces, and under which service name: only when an OTLP
 * endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT, or its traces-only form) and OTEL_SDK_DISABLED is not
 * "true"; otherwise nothing is loaded and nothing runs. The server and the worker report as two
 * services (mj-chauffage-server, mj-chauffage-worker) unless OTEL_SERVICE_NAME names one.
 */
export function tracingSettings(env: NodeJS.ProcessEnv): TracingSettings | null {
  const endpoint = (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT || "").trim()
  if (!endpoint || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return null
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new Error(`OTEL_EXPORTER_OTLP_ENDPOINT is not a URL ("${endpoint}"): give the collector's OTLP/HTTP address, such as http://127.0.0.1:4318`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) address (OTLP over HTTP), not "${url.protocol}"`)
  }
  const role = env.MEDUSA_WORKER_MODE === "worker" || env.MEDUSA_WORKER_MODE === "server" ? env.MEDUSA_WORKER_MODE : "medusa"
  return { serviceName: env.OTEL_SERVICE_NAME?.trim() || `mj-chauffage-${role}`, endpoint }
}
