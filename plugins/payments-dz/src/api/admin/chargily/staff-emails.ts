import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The e-mails of the staff users named (who recorded a refund), by id. */
export async function staffEmails(scope: MedusaContainer, ids: Array<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (!wanted.length) return new Map()
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "user", fields: ["id", "email"], filters: { id: wanted } })
  return new Map((data as Array<{ id: string; email: string }>).map((user) => [user.id, user.email]))
}
