/** An OTLP endpoint as given (OTEL_EXPORTER_OTLP_*ENDPOINT), refused at start unless it is an http(s) URL: the exporters speak OTLP over HTTP. */
export function otlpEndpoint(endpoint: string, variable: string): string {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new Error(`${variable} is not a URL ("${endpoint}"): give the collector's OTLP/HTTP address, such as http://127.0.0.1:4318`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${variable} must be an http(s) address (OTLP over HTTP), not "${url.protocol}"`)
  }
  return endpoint
}
