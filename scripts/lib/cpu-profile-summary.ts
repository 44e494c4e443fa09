/**
 * Where a V8 CPU profile (.cpuprofile, as the inspector's Profiler.stop returns it) spent its time:
 * self time by package (node_modules/<package>) or by our own file, and the heaviest functions.
 * Pure: the bench writes the profile, this reads it.
 */
export type CpuProfile = {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>
  samples: number[]
}

export type Share = { name: string; percent: number }

/** "@mikro-orm/core" for a file under node_modules, the path from the repository for ours, V8's name otherwise. */
export function ownerOf(url: string, functionName: string, repositoryRoot: string): string {
  if (!url) return functionName || "(anonymous)"
  // The innermost node_modules names the package (a dependency's own copy of another).
  const modulePath = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
  if (modulePath) return modulePath[1]
  const path = url.replace(/^file:\/\//, "")
  return path.startsWith(repositoryRoot) ? path.slice(repositoryRoot.length).replace(/^\//, "") : path
}

export function summarizeProfile(profile: CpuProfile, repositoryRoot: string, top = 15): { samples: number; byOwner: Share[]; byFunction: Share[] } {
  const hits = new Map<number, number>()
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1)
  const total = profile.samples.length || 1
  const byOwner = new Map<string, number>()
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) {
    const count = hits.get(node.id) ?? 0
    if (!count) continue
    const { functionName, url, lineNumber } = node.callFrame
    const owner = ownerOf(url, functionName, repositoryRoot)
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + count)
    const name = url ? `${functionName || "(anonymous)"} ${owner}:${lineNumber + 1}` : owner
    byFunction.set(name, (byFunction.get(name) ?? 0) + count)
  }
  const shares = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, percent: Math.round((1000 * count) / total) / 10 }))
  return { samples: profile.samples.length, byOwner: shares(byOwner), byFunction: shares(byFunction) }
}
