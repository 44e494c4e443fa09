import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MAX_STORE_PAGE_SIZE, describeInputProblem, inputShapeProblem, pageProblem, type InputProblem } from "../lib/http/input-shape"

/** The path as the routes will see it, or null when it does not even decode (a lone "%"). */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}

/**
 * Runs before every route, Medusa's and ours: malformed input (see input-shape.ts) is answered
 * 400 `invalid_input` here, so no route turns it into a database error and a 500. A Store API page
 * holds at most MAX_STORE_PAGE_SIZE rows (the dashboard's own lists may ask for more).
 */
export function refuseMalformedInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = decodedPath(req.path)
  const problem: InputProblem | null =
    path === null || path.includes("\u0000")
      ? { field: "path", problem: "nul_character" }
      : inputShapeProblem(req.query, "query") ?? pageProblem(req.query as Record<string, unknown>, req.path.startsWith("/store") ? MAX_STORE_PAGE_SIZE : undefined) ?? inputShapeProblem(req.body, "body")
  if (!problem) return next()
  res.status(400).json(refusalBody("invalid_data", "invalid_input", describeInputProblem(problem)))
}
