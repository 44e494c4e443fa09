/**
 * `npm test`: everything, stopping at the first failed stage: package and plugin builds, typecheck, lint,
 * the dependency audit (skipped, saying so, where the registry refuses npm's advisories endpoint),
 * unit tests, the backend's integration tests against real PostgreSQL (an embedded PostgreSQL 16
 * unless DATABASE_URL is set), the run-command tests, then the storefront end to end in Chromium. Ends with one "N passed, N failed" line.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { buildPlugins, listPackages, listPlugins } from "./build-plugins"
import { runEndToEnd } from "./e2e"
import { startThrowawayPostgres, type RunningPostgres } from "./lib/embedded-postgres"
import { BACKEND_DIR, REPO_ROOT, STOREFRONT_DIR } from "./lib/paths"
import { run, runHoldingOutput } from "./lib/processes"
import crypto from "node:crypto"

type Tally = { passed: number; failed: number }
const tally: Tally = { passed: 0, failed: 0 }
const say = (line: string) => process.stdout.write(`\n[test] ${line}\n`)

/** Jest writes its counts to a JSON file; they feed the closing line. */
async function jest(testType: string, env: NodeJS.ProcessEnv, extraArgs: string[] = []) {
  const report = path.join(os.tmpdir(), `mj-jest-${testType.replace(/\W/g, "-")}-${process.pid}.json`)
  try {
    await run("npx", ["jest", "--json", `--outputFile=${report}`, ...extraArgs], {
      cwd: BACKEND_DIR,
      env: { ...env, TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules" },
    })
  } finally {
    if (fs.existsSync(report)) {
      const result = JSON.parse(fs.readFileSync(report, "utf8"))
      tally.passed += result.numPassedTests
      tally.failed += result.numFailedTests
      fs.rmSync(report)
    }
  }
}

/** Node's test runner (run-command tests, plugins' pure logic); the TAP summary feeds the closing line. */
async function nodeTests(files: string[], cwd = REPO_ROOT) {
  const report = path.join(os.tmpdir(), `mj-node-tests-${process.pid}.tap`)
  try {
    await run(
      process.execPath,
      ["--import", "tsx", "--test", "--test-concurrency=1", "--test-reporter=spec", "--test-reporter-destination=stdout",
        "--test-reporter=tap", `--test-reporter-destination=${report}`, ...files],
      { cwd }
    )
  } finally {
    if (fs.existsSync(report)) {
      const tap = fs.readFileSync(report, "utf8")
      tally.passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0)
      tally.failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0)
      fs.rmSync(report)
    }
  }
}

/** Every `*.test.ts` in a `__tests__` folder below `dir`. */
function testFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)__tests__\/[^/]+\.test\.ts$/.test(file))
    .map((file) => path.join(dir, file))
    .sort()
}

/** Connection settings @medusajs/test-utils reads (it creates one database per test file). */
function testDatabaseEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url)
  return {
    DB_HOST: parsed.hostname,
    DB_PORT: parsed.port || "5432",
    DB_USERNAME: decodeURIComponent(parsed.username),
    DB_PASSWORD: decodeURIComponent(parsed.password),
  }
}

/** Runs one stage of the suite and says how long it took (the suite has a time budget; this shows where it goes). */
async function phase(name: string, work: () => Promise<void>) {
  say(name)
  const started = Date.now()
  try {
    await work()
  } finally {
    say(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
}

/** Waits for every command, then fails with the first failure: each one's output is complete either way. */
async function allSettledOrFirstFailure(work: Promise<void>[]) {
  const failure = (await Promise.allSettled(work)).find((result) => result.status === "rejected")
  if (failure) throw failure.reason
}

async function main() {
  const started = Date.now()
  let database: RunningPostgres | undefined
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "test",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    // Fresh secrets for this run: tests never depend on a developer's .dev folder.
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    LINK_SIGNING_SECRET: crypto.randomBytes(32).toString("hex"),
  }
  delete baseEnv.REDIS_URL
  try {
    await phase("building plugins", () => buildPlugins())
    // Each of these is one process on one core: side by side they use both.
    await phase("typecheck, lint and dependency audit, side by side", () =>
      allSettledOrFirstFailure([
        runHoldingOutput("npm", ["run", "typecheck"], { cwd: REPO_ROOT }),
        runHoldingOutput("npm", ["run", "lint"], { cwd: REPO_ROOT }),
        runHoldingOutput("npm", ["run", "audit:deps", "--", "--skip-if-unreachable"], { cwd: REPO_ROOT }),
      ])
    )
    await phase("unit tests", async () => {
      await jest("unit", baseEnv)
      for (const workspace of [...listPackages(), ...listPlugins()]) {
        const files = testFilesUnder(path.join(workspace, "src"))
        if (!files.length) continue
        say(`unit tests of ${path.relative(REPO_ROOT, workspace)}`)
        await nodeTests(files, workspace)
      }
      say("unit tests of the storefront")
      await nodeTests(testFilesUnder(path.join(STOREFRONT_DIR, "lib")), STOREFRONT_DIR)
    })

    let databaseUrl = process.env.DATABASE_URL
    if (!databaseUrl) {
      database = await startThrowawayPostgres()
      databaseUrl = database.url("postgres")
      say(`integration tests on an embedded PostgreSQL 16 (port ${database.port})`)
    } else {
      say("integration tests on DATABASE_URL")
    }
    // One test process is every shopper of the integration suites: the Store API ceiling is raised for it
    // (web-security.spec.ts lowers it again to test it). Production refuses such a value.
    // Two jest workers: each test file boots its own app on its own database, so two files run side by side.
    await phase("integration tests", () =>
      jest("integration:http", { ...baseEnv, ...testDatabaseEnv(databaseUrl!), STORE_REQUESTS_PER_MINUTE: "100000" }, ["--maxWorkers=2", "--forceExit"])
    )
    await database?.stop()
    database = undefined

    const nodeTestFiles = fs
      .readdirSync(path.join(REPO_ROOT, "scripts", "__tests__"))
      .filter((file) => file.endsWith(".test.ts"))
      .map((file) => path.join("scripts", "__tests__", file))
    await phase("run-command tests (npm run dev, plugin builds, production refusal, backup restore drill)", () => nodeTests(nodeTestFiles))

    await phase("end-to-end: the storefront's production build in Chromium against npm run dev", async () => {
      const e2e = await runEndToEnd()
      tally.passed += e2e.passed
      tally.failed += e2e.failed
    })
  } catch (error) {
    process.stderr.write(`\n[test] ${(error as Error).message}\n`)
    process.exitCode = 1
  } finally {
    await database?.stop()
    const minutes = ((Date.now() - started) / 60000).toFixed(1)
    process.stdout.write(`\n[test] finished in ${minutes} min\n`)
    process.stdout.write(`tests: ${tally.passed} passed, ${tally.failed} failed\n`)
    process.exit(process.exitCode === 1 || tally.failed > 0 ? 1 : 0)
  }
}

void main()
