/**
 * A bare Medusa 2.21.2 in a throwaway folder (.dev/bare-medusa-2.21.2, git-ignored), as
 * create-medusa-app writes it — @medusajs/medusa, framework and cli from the npm registry, the
 * starter's medusa-config.ts with Medusa's default modules — with the admin disabled (nothing here
 * needs it) and bench/bare-medusa/bench-seed.ts as its seed. Installed and built for production
 * (`medusa build`) once; later runs reuse it while its files are unchanged.
 */
import fs from "node:fs"
import path from "node:path"
import { REPO_ROOT } from "../../scripts/lib/paths"
import { run } from "../../scripts/lib/processes"

export const BARE_MEDUSA_VERSION = "2.21.2"
export const BARE_APP_DIR = path.join(REPO_ROOT, ".dev", `bare-medusa-${BARE_MEDUSA_VERSION}`)
/** Where `medusa start` runs from in production. */
export const BARE_BUILD_DIR = path.join(BARE_APP_DIR, ".medusa", "server")
export const BARE_MEDUSA_BIN = path.join(BARE_APP_DIR, "node_modules", ".bin", "medusa")

const PACKAGE_JSON = {
  name: "bare-medusa-bench",
  private: true,
  description: `A bare Medusa ${BARE_MEDUSA_VERSION} as create-medusa-app writes it (admin disabled), for bench/compare.ts; throwaway`,
  scripts: { build: "medusa build", start: "medusa start" },
  dependencies: {
    "@medusajs/cli": BARE_MEDUSA_VERSION,
    "@medusajs/framework": BARE_MEDUSA_VERSION,
    "@medusajs/medusa": BARE_MEDUSA_VERSION,
  },
  devDependencies: { "@types/node": "^20.19.0", typescript: "5.9.3" },
}

/** The starter's configuration (medusa-starter-default), the admin switched off. */
const MEDUSA_CONFIG = `import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
})
`

/** The starter's tsconfig.json. */
const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

const SEED_SOURCE = path.join(REPO_ROOT, "bench", "bare-medusa", "bench-seed.ts")

/** Writes `content` unless the file already holds it; true when it changed. */
function writeIfChanged(file: string, content: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === content) return false
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  return true
}

function installedVersion(): string | undefined {
  const manifest = path.join(BARE_APP_DIR, "node_modules", "@medusajs", "medusa", "package.json")
  return fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version : undefined
}

/** Installs and builds the bare app where needed; returns what it did, for the bench's log. */
export async function ensureBareMedusa(): Promise<string> {
  const done: string[] = []
  const packageChanged = writeIfChanged(path.join(BARE_APP_DIR, "package.json"), JSON.stringify(PACKAGE_JSON, null, 2) + "\n")
  const sourcesChanged = [
    writeIfChanged(path.join(BARE_APP_DIR, "medusa-config.ts"), MEDUSA_CONFIG),
    writeIfChanged(path.join(BARE_APP_DIR, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2) + "\n"),
    writeIfChanged(path.join(BARE_APP_DIR, "src", "scripts", "bench-seed.ts"), fs.readFileSync(SEED_SOURCE, "utf8")),
  ].some(Boolean)
  if (packageChanged || installedVersion() !== BARE_MEDUSA_VERSION) {
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: BARE_APP_DIR, env: { ...process.env, NODE_ENV: "development" } })
    done.push("installed")
  }
  if (packageChanged || sourcesChanged || !fs.existsSync(path.join(BARE_BUILD_DIR, "medusa-config.js"))) {
    await run(BARE_MEDUSA_BIN, ["build"], { cwd: BARE_APP_DIR, env: { ...process.env, NODE_ENV: "production" } })
    done.push("built")
  }
  // The production build runs from .medusa/server with the app's dependencies (instead of a second npm install there).
  const modules = path.join(BARE_BUILD_DIR, "node_modules")
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(BARE_APP_DIR, "node_modules"), modules, "dir")
  return done.length ? done.join(" and ") : "reused"
}
