import { catalogueCache } from "../../../lib/medusa/client"
import { carriesRevalidateSecret, revalidateSecret } from "../../../lib/security/revalidate-secret"

const NO_STORE = { "cache-control": "no-store" }

/**
 * POST /api/revalidate: Medusa's catalogue subscriber calls it (Authorization: Bearer
 * STOREFRONT_REVALIDATE_SECRET) when a product, a price or a stock level changes, and the
 * catalogue cache of this process is emptied; the next page reads Medusa again.
 */
export async function POST(request: Request) {
  if (!carriesRevalidateSecret(request.headers.get("authorization"), revalidateSecret())) {
    return Response.json({ code: "revalidate_unauthorized", message: "A valid revalidation secret is required" }, { status: 401, headers: NO_STORE })
  }
  const cleared = catalogueCache.clear()
  return Response.json({ cleared }, { headers: NO_STORE })
}
