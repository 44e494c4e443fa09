/**
 * docker-compose.yml, validated by Debian's docker-compose (v1; there is no Docker engine here) and
 * read back: the production shape (PostgreSQL 16, Redis, migrate, server, worker, storefront) with
 * health checks and restart policies, WAL archiving and nightly backups with pgBackRest, and no secret
 * written inline.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { parse } from "yaml"
import { ARCHIVE_SETTINGS, STANZA } from "../lib/backup-drill"
import { REPO_ROOT } from "../lib/paths"

type Service = {
  image?: string
  build?: { context: string; dockerfile: string }
  entrypoint?: string[]
  command?: string[]
  volumes?: string[]
  depends_on?: Record<string, { condition: string }>
  restart?: string
  healthcheck?: { test?: string[] }
  stop_grace_period?: string
  environment?: Record<string, string>
  secrets?: ({ source: string } | string)[]
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
    for (const name of ["postgres_password", "jwt_secret", "cookie_secret", "link_signing_secret", "storefront_revalidate_secret", "satim_password", "chargily_secret_key", "pgbackrest_cipher_pass"]) {
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
    assert.deepEqual(Object.keys(services).sort(), ["medusa-server", "medusa-worker", "migrate", "postgres", "postgres-backup", "redis", "storefront"])
    // PostgreSQL 16 with pgBackRest: the official image plus one package.
    assert.equal(services.postgres.build!.dockerfile, "ops/postgres/Dockerfile")
    assert.match(fs.readFileSync(path.join(REPO_ROOT, "ops/postgres/Dockerfile"), "utf8"), /^FROM postgres:16-bookworm$/m)
    // Both run the cluster: servers in one service (2 by default, a 2-core host), workers in the other.
    for (const role of ["medusa-server", "medusa-worker"]) assert.deepEqual(services[role].command, ["node", "--import", "tsx", "/app/scripts/medusa-cluster.ts"])
    assert.deepEqual([services["medusa-server"].environment!.MEDUSA_SERVERS, services["medusa-server"].environment!.MEDUSA_WORKERS], ["2", "0"])
    assert.deepEqual([services["medusa-worker"].environment!.MEDUSA_SERVERS, services["medusa-worker"].environment!.MEDUSA_WORKERS], ["0", "1"])
    for (const name of ["postgres", "postgres-backup", "redis", "medusa-server", "medusa-worker", "storefront"]) {
      assert.ok(services[name].healthcheck, `${name} has no health check`)
      assert.equal(services[name].restart, "unless-stopped", `${name} restart policy`)
    }
    // The server is healthy when ready (database, Redis, migrations); both roles get 10 s to drain.
    assert.match(services["medusa-server"].healthcheck!.test!.join(" "), /\/health\/ready/)
    for (const role of ["medusa-server", "medusa-worker"]) assert.equal(services[role].stop_grace_period, "10s")
  })

  it("archives every WAL segment and backs up nightly with pgBackRest, as the restore drill does", () => {
    const postgres = services.postgres
    // The drill (backup-drill.test.ts) runs with exactly these settings and ops/postgres/pgbackrest.conf.
    const settings = Object.fromEntries(
      postgres.command!.flatMap((argument, index, all) => (all[index - 1] === "-c" ? [argument.split(/=(.*)/s).slice(0, 2)] : []))
    )
    assert.equal(postgres.command![0], "postgres")
    assert.deepEqual(settings, ARCHIVE_SETTINGS)
    assert.match(fs.readFileSync(path.join(REPO_ROOT, "ops/postgres/pgbackrest.conf"), "utf8"), new RegExp(`^\\[${STANZA}\\]$`, "m"))
    const backup = services["postgres-backup"]
    assert.equal(backup.image, postgres.image, "the backup service runs the same PostgreSQL + pgBackRest image")
    assert.deepEqual(backup.build, postgres.build)
    assert.deepEqual(backup.command, ["gosu", "postgres", "backup-schedule.sh"])
    assert.equal(backup.depends_on!.postgres.condition, "service_healthy")
    // Unhealthy once the newest backup is too old (the drill runs the same script).
    assert.match(backup.healthcheck!.test!.join(" "), /gosu postgres backup-health\.sh$/)
    // Both see the data folder, the socket and the repository at the same paths.
    const mounts = (service: Service) => service.volumes!.map((volume) => volume.replace(/:rw$/, "")).sort()
    assert.deepEqual(mounts(backup), mounts(postgres))
    assert.ok(mounts(postgres).includes("pgbackrest:/var/lib/pgbackrest"))
    // The repository key reaches pgBackRest from the secret file, in both services.
    for (const service of [postgres, backup]) {
      assert.equal(service.entrypoint![0], "with-backup-secret.sh")
      assert.ok(service.secrets!.some((secret) => (typeof secret === "string" ? secret : secret.source) === "pgbackrest_cipher_pass"))
    }
  })

  it("writes no secret inline: passwords and secrets come from secret files", () => {
    for (const [name, service] of Object.entries(services)) {
      const environment = service.environment ?? {}
      for (const secret of ["JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "STOREFRONT_REVALIDATE_SECRET", "POSTGRES_PASSWORD", "DATABASE_PASSWORD", "SATIM_PASSWORD", "PGBACKREST_REPO1_CIPHER_PASS"]) {
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
