/**
 * Medusa's instrumentation hook: `medusa start` and `medusa develop` call `register` before the app
 * loads. OpenTelemetry traces (src/observability/start-tracing.ts) when OTEL_EXPORTER_OTLP_ENDPOINT is
 * set; otherwise nothing is loaded.
 */
import { tracingSettings } from "./src/observability/tracing-settings"

export function register(): void {
  const settings = tracingSettings(process.env)
  if (!settings) return
  // Required here, not imported above: the exporter alone takes about half a second to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require("./src/observability/start-tracing") as typeof import("./src/observability/start-tracing")
  startTracing(settings)
}
