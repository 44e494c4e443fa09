import "server-only"
import { headers } from "next/headers"
import { REQUEST_ID_HEADER } from "../http/request-id"

/**
 * The id proxy.ts gave the page request being served; none outside a request (a catalogue refresh
 * started by another page, a build): Medusa then makes its own.
 */
export async function pageRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined
  } catch {
    return undefined
  }
}
