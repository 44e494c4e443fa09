/**
 * What a side asks of PostgreSQL, from pg_stat_statements (loaded by STATEMENT_STATS_FLAGS when the
 * side's throwaway PostgreSQL starts): statements by family ("select cart", "insert
 * workflow_execution", "begin"…) with their calls, execution time and rows, for the side's database only.
 */
import { withClient } from "../../scripts/lib/database"

export const STATEMENT_STATS_FLAGS = ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.max=10000"]

export type StatementFamily = { calls: number; ms: number; rows: number }
export type StatementStats = { families: Map<string, StatementFamily>; transactions: number }

/** "select cart" for a SELECT whose first FROM names cart; "begin", "savepoint"… for the rest. */
export function familyOf(query: string): string {
  const text = query.replace(/\s+/g, " ").trim().toLowerCase()
  const table = (pattern: RegExp) => pattern.exec(text)?.[1] ?? "?"
  const name = String.raw`"?(?:public"?\."?)?([a-z_0-9]+)`
  if (text.startsWith("select") || text.startsWith("with")) return `select ${table(new RegExp(String.raw`\bfrom ${name}`))}`
  if (text.startsWith("insert")) return `insert ${table(new RegExp(String.raw`^insert into ${name}`))}`
  if (text.startsWith("update")) return `update ${table(new RegExp(String.raw`^update ${name}`))}`
  if (text.startsWith("delete")) return `delete ${table(new RegExp(String.raw`^delete from ${name}`))}`
  return text.split(" ")[0]!.replace(/;$/, "")
}

export async function resetStatementStats(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    await client.query("SELECT pg_stat_statements_reset()")
    await client.query("SELECT pg_stat_reset()")
  })
}

export async function readStatementStats(databaseUrl: string): Promise<StatementStats> {
  return withClient(databaseUrl, async (client) => {
    const statements = await client.query<{ query: string; calls: string; ms: number; rows: string }>(
      `SELECT query, calls, total_exec_time AS ms, rows FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`
    )
    const families = new Map<string, StatementFamily>()
    for (const row of statements.rows) {
      const name = familyOf(row.query)
      const family = families.get(name) ?? { calls: 0, ms: 0, rows: 0 }
      family.calls += Number(row.calls)
      family.ms += row.ms
      family.rows += Number(row.rows)
      families.set(name, family)
    }
    const database = await client.query<{ transactions: string }>(
      "SELECT xact_commit + xact_rollback AS transactions FROM pg_stat_database WHERE datname = current_database()"
    )
    return { families, transactions: Number(database.rows[0]?.transactions ?? 0) }
  })
}
