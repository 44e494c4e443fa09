/**
 * The Node flags every Medusa process of the cluster (medusa-cluster.ts) runs with.
 *
 * A larger young generation: Medusa allocates a lot per request (ORM entities, Query results, workflow
 * contexts) that dies young. With V8's default semi-space (16 MB here) scavenges run often and copy
 * short-lived objects on to the old generation. Measured 2026-12-07 (bench:checkouts, ours alone, runs of
 * 5 rounds of 40 checkouts after 150 unmeasured; 2 × Xeon, noisy: ±10 % between rounds): the default,
 * two runs: 1.43 and 1.43 checkouts/s, 1 050 and 1 046 CPU ms per checkout in the two servers; 64 MB, two
 * runs: 1.55 and 1.47, 958 and 1 024; 32 MB, one run: 1.40, 1 066 (no gain). About 5 % less server CPU
 * per checkout at 64 MB. It costs memory only as the young generation grows: servers peaked near 1.2 GB
 * RSS under that load against ~1.05 GB. NODE_OPTIONS naming its own size wins (a host short of memory).
 *
 * MEDUSA_CPU_PROFILE_DIR (benchmarks only): each process writes a V8 CPU profile there when it stops
 * (Node refuses --cpu-prof in NODE_OPTIONS, so it is passed here).
 */
export const SEMI_SPACE_MB = 64

export function clusterNodeFlags(env: NodeJS.ProcessEnv): string[] {
  const flags = /--max-semi-space-size\b/.test(env.NODE_OPTIONS ?? "") ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`]
  const profileDir = env.MEDUSA_CPU_PROFILE_DIR
  if (profileDir) flags.push("--cpu-prof", `--cpu-prof-dir=${profileDir}`)
  return flags
}
