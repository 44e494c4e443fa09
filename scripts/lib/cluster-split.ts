/**
 * How many Medusa processes of each role `npm run start:prod` (and Compose) runs: servers answer HTTP
 * on PORT, workers run subscribers, scheduled jobs and background workflow steps. Servers take the
 * cores: HTTP is where the CPU goes, while a worker mostly waits on PostgreSQL and Redis. Below 4
 * cores every core gets a server and one worker shares them (2 cores: 2 servers + 1 worker); from 4
 * cores a quarter of them are workers (8 cores: 6 servers + 2 workers).
 */
export type ClusterSplit = { servers: number; workers: number }

type SplitSettings = { MEDUSA_SERVERS?: string; MEDUSA_WORKERS?: string }

/** A sane upper bound per role: each Medusa process holds ~300 MB and its own database pool. */
const MOST_PER_ROLE = 64

export function defaultSplit(cores: number): ClusterSplit {
  const usable = Math.max(1, Math.floor(cores))
  if (usable < 4) return { servers: usable, workers: 1 }
  const workers = Math.floor(usable / 4)
  return { servers: usable - workers, workers }
}

function count(name: keyof SplitSettings, value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > MOST_PER_ROLE) {
    throw new Error(`${name}=${value} is not a number of processes from 0 to ${MOST_PER_ROLE}`)
  }
  return Number(value)
}

/** The split for `cores`, each role overridable by MEDUSA_SERVERS / MEDUSA_WORKERS (0 leaves a role to another host or container). */
export function clusterSplit(cores: number, settings: SplitSettings): ClusterSplit {
  const split = defaultSplit(cores)
  if (settings.MEDUSA_SERVERS?.trim()) split.servers = count("MEDUSA_SERVERS", settings.MEDUSA_SERVERS)
  if (settings.MEDUSA_WORKERS?.trim()) split.workers = count("MEDUSA_WORKERS", settings.MEDUSA_WORKERS)
  if (split.servers + split.workers === 0) throw new Error("MEDUSA_SERVERS and MEDUSA_WORKERS are both 0: nothing to run")
  return split
}
