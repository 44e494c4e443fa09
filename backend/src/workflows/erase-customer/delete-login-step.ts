import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/** The login goes last (nothing after it can fail): the e-mail and password no longer open anything. */
export const deleteLoginStep = createStep("delete-login", async (input: { auth_identity_id: string }, { container }) => {
  await container.resolve(Modules.AUTH).deleteAuthIdentities([input.auth_identity_id])
  return new StepResponse({ deleted: true })
})
