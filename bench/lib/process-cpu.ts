/**
 * CPU time a set of processes has used, from Linux's /proc/<pid>/stat (utime + stime, in clock
 * ticks): a side of the bench is every process in its process group (our cluster's primary,
 * servers and workers; the bare Medusa's one process), found again at each reading so that a
 * restarted process still counts from then on.
 */
import fs from "node:fs"
import { execFileSync } from "node:child_process"

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
export function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")
}

/** Process group and CPU ticks (user + system) of one /proc/<pid>/stat line. */
export function parseStat(stat: string): { group: number; ticks: number } {
  const fields = statFields(stat)
  // After the name: state(0) ppid(1) pgrp(2) … utime(11) stime(12).
  return { group: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) }
}

export function processGroupOf(pid: number): number {
  return parseStat(fs.readFileSync(`/proc/${pid}/stat`, "utf8")).group
}

/** Milliseconds of CPU used so far by each live process of `group`, by pid. */
export function groupCpuMsByProcess(group: number): Map<number, number> {
  const used = new Map<number, number>()
  for (const [pid, running] of machineCpuMsByProcess()) if (running.group === group) used.set(pid, running.ms)
  return used
}

/** Milliseconds of CPU used so far by the live processes of `group`. */
export function groupCpuMs(group: number): number {
  let total = 0
  for (const ms of groupCpuMsByProcess(group).values()) total += ms
  return total
}

/** Milliseconds of CPU used so far by every live process of the machine, with its command name ("postgres", "redis-server"…) and group, by pid. */
export function machineCpuMsByProcess(): Map<number, { command: string; group: number; ms: number }> {
  const used = new Map<number, { command: string; group: number; ms: number }>()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const line = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const { group, ticks } = parseStat(line)
      used.set(Number(entry), { command: line.slice(line.indexOf("(") + 1, line.lastIndexOf(")")), group, ms: (ticks * 1000) / TICKS_PER_SECOND })
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return used
}
