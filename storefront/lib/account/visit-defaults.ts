import "server-only"
import type { VisitDetails } from "../booking/visit-details"

/** What the booking form starts with: empty for a visitor (the account fills it in once logged in). */
export async function accountVisitDefaults(): Promise<Partial<VisitDetails>> {
  return {}
}
