/**
 * An admin on a production build, made as an operator does after a deploy: Medusa's `medusa user`
 * with a password, then the compiled create-admin, which gives the login the admin role
 * (plugins/staff-access: a user without a role reaches nothing).
 */
import crypto from "node:crypto"
import path from "node:path"
import { BACKEND_DIR, REPO_ROOT } from "./paths"
import { run } from "./processes"

export async function makeProductionAdmin(env: NodeJS.ProcessEnv, email: string): Promise<{ email: string; password: string }> {
  const password = crypto.randomBytes(18).toString("base64url")
  const build = path.join(BACKEND_DIR, ".medusa", "server")
  const medusa = path.join(REPO_ROOT, "node_modules", ".bin", "medusa")
  // "--name=value": a generated password may start with "-".
  await run(medusa, ["user", `--email=${email}`, `--password=${password}`], { cwd: build, env })
  await run(medusa, ["exec", "./src/scripts/create-admin.js", email], { cwd: build, env })
  return { email, password }
}
