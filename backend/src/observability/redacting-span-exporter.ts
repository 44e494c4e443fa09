import type { ReadableSpan, SpanExporter } from "@medusajs/framework/opentelemetry/sdk-trace-node"
import { redactedAttributes, redactedUrl } from "./span-redaction"

type ExportCallback = Parameters<SpanExporter["export"]>[1]

/**
 * Hands spans to `exporter` with their secrets replaced (span-redaction.ts). Each span is passed as a
 * view over the original — its own name and attributes, the rest (context, links, resource) read
 * through — so that nothing another span processor holds is changed.
 */
export class RedactingSpanExporter implements SpanExporter {
  constructor(private readonly exporter: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: ExportCallback): void {
    this.exporter.export(spans.map(redactedSpan), resultCallback)
  }

  shutdown(): Promise<void> {
    return this.exporter.shutdown()
  }

  forceFlush(): Promise<void> {
    return this.exporter.forceFlush?.() ?? Promise.resolve()
  }
}

export function redactedSpan(span: ReadableSpan): ReadableSpan {
  return Object.create(span, {
    name: { value: redactedUrl(span.name), enumerable: true },
    attributes: { value: redactedAttributes(span.attributes), enumerable: true },
  }) as ReadableSpan
}
