import { Client, FetchError, type Config, type FetchArgs, type FetchInput } from "@medusajs/js-sdk"
import { stringify } from "qs"

/**
 * A refusal from Medusa with its stable `code` (kernel refusals.ts) and the rest of its answer (a
 * stock refusal names the units left). The SDK's FetchError keeps only the message and the status,
 * so the shop's client reads Medusa's answer itself: the storefront then translates refusals by
 * code, never by message text.
 */
export class MedusaRefusal extends FetchError {
  constructor(
    message: string,
    statusText: string,
    status: number,
    readonly code: string | undefined,
    readonly answer: Record<string, unknown> = {}
  ) {
    super(message, statusText, status)
  }
}

/**
 * The SDK's client with one change: a failed answer throws a MedusaRefusal carrying the code. The
 * request is built as the SDK builds it for a server (JSON body and answer, query string, the
 * publishable key, per-call headers; Next's `cache` and `next` options passed through to fetch).
 */
export type CodedClientConfig = Config & {
  /** The id of the page request being served, sent as X-Request-Id so Medusa's logs carry the same one. */
  requestId?: () => Promise<string | undefined>
}

export class CodedClient extends Client {
  constructor(private readonly settings: CodedClientConfig) {
    super(settings)
  }

  override async fetch<T>(input: FetchInput, init?: FetchArgs): Promise<T> {
    const base = new URL(this.settings.baseUrl)
    const url = input instanceof URL ? input : new URL(`${base.pathname.replace(/\/$/, "")}/${String(input).replace(/^\//, "")}`, base.origin)
    if (init?.query) url.search = stringify({ ...Object.fromEntries(url.searchParams), ...init.query }, { skipNulls: true })
    const headers = new Headers({ "content-type": "application/json", accept: "application/json" })
    if (this.settings.publishableKey) headers.set("x-publishable-api-key", this.settings.publishableKey)
    const requestId = await this.settings.requestId?.()
    if (requestId) headers.set("x-request-id", requestId)
    for (const [name, value] of Object.entries(init?.headers ?? {})) {
      if (value === null || value === undefined) headers.delete(name)
      else headers.set(name, String(value))
    }
    const { query: _query, headers: _headers, body, ...rest } = init ?? {}
    const response = await fetch(url, { ...rest, headers, body: body === undefined || body === null ? undefined : JSON.stringify(body) })
    if (response.status >= 300) {
      const answer = (await response.json().catch(() => ({}))) as Record<string, unknown> & { message?: string; code?: string }
      throw new MedusaRefusal(answer.message ?? response.statusText, response.statusText, response.status, answer.code, answer)
    }
    return (headers.get("accept")?.includes("application/json") ? await response.json() : response) as T
  }
}
