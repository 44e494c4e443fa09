/** What Medusa answered when a call failed: its HTTP status and its message (the SDK's FetchError). */
export function medusaFailure(error: unknown): { status: number; message: string } {
  const failure = error as { status?: number; message?: string }
  return { status: typeof failure?.status === "number" ? failure.status : 500, message: failure?.message || "" }
}

export const isNotFound = (error: unknown) => medusaFailure(error).status === 404
