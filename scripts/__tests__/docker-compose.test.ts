/**
 * docker-compose.yml, validated by Debian's docker-compose (v1; there is no Docker engine here) and
 * read back: the production shape (PostgreSQL 16, Redis, migrate, server, worker, storefront) with
 * health checks and restart policies, and no secret written inline.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { parse } from "yaml"
import { REPO_ROOT } from "../lib/paths"

type Service = {
  image?: string
  restart?: string
  healthcheck?: { test?: string[] }
  stop_grace_period?: string
  command?: string[]
  environment?: Record<string, string>
  secrets?: unknown[]
}
const installed = spawnSync("docker-compose", ["version"]).status === 0
// CI installs docker-compose (.ci/run); a developer machine without it skips, visibly.
const skip = !installed && !process.env.CI ? "docker-compose is not installed (apt-get install docker-compose)" : false

describe("docker-compose.yml", { skip }, () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "mj-compose-"))
  let services: Record<string, Service>
  let config: { secrets: Record<string, { file: string }> }

  before(() => {
    // A project folder as an operator prepares it: the env file and one file per Compose secret.
    fs.copyFileSync(path.join(REPO_ROOT, "docker-compose.yml"), path.join(project, "docker-compose.yml"))
    fs.copyFileSync(path.join(REPO_ROOT, ".env.example"), path.join(project, ".env"))
    fs.mkdirSync(path.join(project, "secrets"))
    fs.mkdirSync(path.join(project, "storefront"))
    for (const name of ["postgres_password", "jwt_secret", "cookie_secret", "link_signing_secret", "storefront_revalidate_secret", "satim_password", "chargily_secret_key"]) {
      fs.writeFileSync(path.join(project, "secrets", name), "not-a-real-secret\n")
    }
  })
  after(() => fs.rmSync(project, { recursive: true, force: true }))

  it("validates with docker-compose config", () => {
    const result = spawnSync("docker-compose", ["config"], { cwd: project, encoding: "utf8" })
    assert.equal(result.status, 0, result.stderr)
    config = parse(result.stdout)
    services = (config as unknown as { services: Record<string, Service> }).services
  })

  it("has the production shape: PostgreSQL 16, Redis, migration, Medusa server and worker, storefront", () => {
    assert.deepEqual(Object.keys(services).sort(), ["medusa-server", "medusa-worker", "migrate", "postgres", "redis", "storefront"])
    assert.match(services.postgres.image!, /^postgres:16/)
    // Both run the cluster: servers in one service (2 by default, a 2-core host), workers in the other.
    for (const role of ["medusa-server", "medusa-worker"]) assert.deepEqual(services[role].command, ["node", "--import", "tsx", "/app/scripts/medusa-cluster.ts"])
    assert.deepEqual([services["medusa-server"].environment!.MEDUSA_SERVERS, services["medusa-server"].environment!.MEDUSA_WORKERS], ["2", "0"])
    assert.deepEqual([services["medusa-worker"].environment!.MEDUSA_SERVERS, services["medusa-worker"].environment!.MEDUSA_WORKERS], ["0", "1"])
    for (const name of ["postgres", "redis", "medusa-server", "medusa-worker", "storefront"]) {
      assert.ok(services[name].healthcheck, `${name} has no health check`)
      assert.equal(services[name].restart, "unless-stopped", `${name} restart policy`)
    }
    // The server is healthy when ready (database, Redis, migrations); both roles get 10 s to drain.
    assert.match(services["medusa-server"].healthcheck!.test!.join(" "), /\/health\/ready/)
    for (const role of ["medusa-server", "medusa-worker"]) assert.equal(services[role].stop_grace_period, "10s")
  })

  it("writes no secret inline: passwords and secrets come from secret files", () => {
    for (const [name, service] of Object.entries(services)) {
      const environment = service.environment ?? {}
      for (const secret of ["JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "STOREFRONT_REVALIDATE_SECRET", "POSTGRES_PASSWORD", "DATABASE_PASSWORD", "SATIM_PASSWORD"]) {
        assert.equal(environment[secret], undefined, `${name} sets ${secret} inline`)
      }
      if (environment.DATABASE_URL) assert.equal(new URL(environment.DATABASE_URL).password, "", `${name} has a password in DATABASE_URL`)
    }
    assert.equal(services.postgres.environment!.POSTGRES_PASSWORD_FILE, "/run/secrets/postgres_password")
    assert.equal(services["medusa-server"].environment!.JWT_SECRET_FILE, "/run/secrets/jwt_secret")
    for (const role of ["medusa-server", "medusa-worker"]) assert.equal(services[role].environment!.SATIM_PASSWORD_FILE, "/run/secrets/satim_password")
    // Medusa (its catalogue subscriber) and the storefront (POST /api/revalidate) read one secret file.
    for (const role of ["medusa-server", "medusa-worker", "storefront"]) {
      assert.equal(services[role].environment!.STOREFRONT_REVALIDATE_SECRET_FILE, "/run/secrets/storefront_revalidate_secret")
    }
    for (const secret of Object.values(config.secrets)) assert.match(secret.file, /\/secrets\/\w+$/)
    const ignored = spawnSync("git", ["check-ignore", "-q", "secrets/jwt_secret"], { cwd: REPO_ROOT })
    assert.equal(ignored.status, 0, "secrets/ must be git-ignored")
  })
})
