/**
 * Medusa's instrumentation hook: `medusa start` and `medusa develop` call `register` before the app
 * loads. OpenTelemetry traces and metrics (src/observability/start-telemetry.ts) when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise nothing is loaded and nothing is recorded.
 */
import { metricsSettings } from "./src/observability/metrics-settings"
import { tracingSettings } from "./src/observability/tracing-settings"

export function register(): void {
  const tracing = tracingSettings(process.env)
  const metrics = metricsSettings(process.env)
  if (!tracing && !metrics) return
  // Required here, not imported above: the SDK and its exporters take about half a second to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTelemetry } = require("./src/observability/start-telemetry") as typeof import("./src/observability/start-telemetry")
  startTelemetry(tracing, metrics)
}
