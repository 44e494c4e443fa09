import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import { handleFrom } from "../../../lib/office/handle"

/**
 * The handle a new zone or fault type gets: the one asked for, or one made from its French name;
 * 409 handle_taken when another record has it (the unique index stays the last word in a race).
 */
export async function freeHandle(asked: string | undefined, name: string, taken: (handle: string) => Promise<boolean>): Promise<string> {
  const handle = asked ?? handleFrom(name)
  if (!handle) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Donnez un identifiant (handle) : le nom français ne contient aucune lettre latine.", refusal("invalid_request"))
  }
  if (await taken(handle)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `L'identifiant « ${handle} » est déjà utilisé : choisissez-en un autre.`, refusal("handle_taken"))
  }
  return handle
}
