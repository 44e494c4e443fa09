/**
 * `npm run create-admin -- <email>`: the shop's first admin (or any later one), from the command line.
 * A new user gets a generated password, printed once here; an existing user keeps theirs and becomes
 * an active admin. Production seeds no staff account: this is how the first one is made.
 */
import crypto from "node:crypto"
import type { ExecArgs } from "@medusajs/framework/types"
import { setStaffAccessWorkflow } from "@mj-chauffage/staff-access/workflows"
import { ensureStaffLogin } from "./staff/staff-login"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export default async function createAdmin({ container, args }: ExecArgs) {
  const email = args[0]?.trim().toLowerCase()
  if (!email || !EMAIL.test(email)) throw new Error("Usage: npm run create-admin -- <email>")
  const password = crypto.randomBytes(18).toString("base64url")
  const { userId, created } = await ensureStaffLogin(container, email, password)
  await setStaffAccessWorkflow(container).run({ input: { user_id: userId, role: "admin", is_active: true } })
  process.stdout.write(
    created
      ? `\nAdmin ${email} created. Password (shown once, change it after the first login): ${password}\n`
      : `\n${email} already had a login: it is now an active admin (password unchanged).\n`
  )
}
