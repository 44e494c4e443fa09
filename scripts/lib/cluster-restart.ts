/**
 * What the cluster does when one of its processes exits (scripts/medusa-cluster.ts). Until every
 * first process has listened, a process that dies before listening means a bad setting: stop the
 * cluster rather than loop. After that, a process is started again in its role: 1 s later, and
 * twice as long after each replacement in a row that died before listening (the database away for a
 * while), up to 30 s.
 */
export const RESTART_DELAY_MS = 1_000
export const MAX_RESTART_DELAY_MS = 30_000

export type ExitSituation = {
  /** The process that exited had listened. */
  listened: boolean
  /** First processes of the cluster still to listen. */
  firstStartsPending: number
  /** Replacements that died before listening, in a row, before this exit. */
  failedRestarts: number
}

export type ExitDecision = { action: "stop" } | { action: "restart"; delayMs: number; failedRestarts: number }

export function afterExit({ listened, firstStartsPending, failedRestarts }: ExitSituation): ExitDecision {
  if (!listened && firstStartsPending > 0) return { action: "stop" }
  const failed = listened ? failedRestarts : failedRestarts + 1
  return { action: "restart", delayMs: Math.min(RESTART_DELAY_MS * 2 ** failed, MAX_RESTART_DELAY_MS), failedRestarts: failed }
}
