/**
 * `npm run create-admin -- <email>`: makes the shop's first admin from the command line (production
 * seeds no staff account), or makes an existing user an active admin. Builds the plugins, then runs
 * backend/src/scripts/create-admin.ts against the database of the backend's settings (DATABASE_URL).
 */
import { buildPlugins } from "./build-plugins"
import { BACKEND_DIR } from "./lib/paths"
import { run } from "./lib/processes"

async function main() {
  const email = process.argv[2]
  if (!email) throw new Error("Usage: npm run create-admin -- <email>")
  await buildPlugins()
  await run("npx", ["medusa", "exec", "./src/scripts/create-admin.ts", email], { cwd: BACKEND_DIR })
}

main().catch((error: Error) => {
  process.stderr.write(`\n[create-admin] ${error.message}\n`)
  process.exit(1)
})
