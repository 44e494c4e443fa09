/**
 * `npm run create-admin -- <email>`: makes the shop's first admin from the command line (production
 * seeds no staff account), or makes an existing user an active admin, against the database of the
 * backend's settings (DATABASE_URL). In development it builds the plugins and runs the script's
 * source; with NODE_ENV=production it runs the compiled script of `npm run build`
 * (backend/.medusa/server), as the production image has no TypeScript tooling.
 */
import fs from "node:fs"
import path from "node:path"
import { buildPlugins } from "./build-plugins"
import { BACKEND_DIR } from "./lib/paths"
import { run } from "./lib/processes"

async function main() {
  const email = process.argv[2]
  if (!email) throw new Error("Usage: npm run create-admin -- <email>")
  if (process.env.NODE_ENV === "production") {
    const build = path.join(BACKEND_DIR, ".medusa", "server")
    const script = "./src/scripts/create-admin.js"
    if (!fs.existsSync(path.join(build, script))) throw new Error("No production build: run `npm run build` first.")
    await run("npx", ["medusa", "exec", script, email], { cwd: build })
    return
  }
  await buildPlugins()
  await run("npx", ["medusa", "exec", "./src/scripts/create-admin.ts", email], { cwd: BACKEND_DIR })
}

main().catch((error: Error) => {
  process.stderr.write(`\n[create-admin] ${error.message}\n`)
  process.exit(1)
})
