import { MedusaError } from "@medusajs/framework/utils"
import { PLACE_PROBLEM_MESSAGES, addressPlaceProblem, type AddressPlace } from "../../lib/territory/address-place"

/** Refuses (400, code = the problem) an address whose wilaya or commune is not a real pair. */
export function refuseUnknownPlace(address: AddressPlace, options: { complete?: boolean } = {}): void {
  const problem = addressPlaceProblem(address, options)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, PLACE_PROBLEM_MESSAGES[problem], problem)
}

/** An address as a cart create or update receives it: an object, or an existing address's id. */
export type AddressInput = string | { id?: string; province?: string | null; city?: string | null } | null | undefined

export const FOREIGN_ADDRESS_MESSAGE = "An address id in a cart must be this cart's own address: send the address itself, without an id."
