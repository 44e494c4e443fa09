/**
 * The part search's SQL at scale, before and after issue 20's fix, measured with EXPLAIN ANALYZE on
 * a database filled by `npm run bench:catalogue`: `DATABASE_URL=postgres://… npm run bench:search-plans`.
 * "before" is the SQL Medusa's PostgreSQL provider writes for the route's former part-number call (a
 * prefix match on `to_tsvector` of the part numbers, built per row), "after" the SQL of today's two
 * calls (equality on the indexed lists of part numbers and of their prefixes). A misspelt query:
 * before, the provider's typo fallback (`word_similarity(q, search_text) > 0.3`, read on every row);
 * after, the route's full-text match of the words corrected against the catalogue's vocabulary
 * (backend/src/lib/catalogue/word-correction.ts).
 * Rounds are interleaved; the median execution time and the plan's scans are printed.
 */
import { Client } from "@medusajs/framework/pg"
import { searchPlan } from "../backend/src/lib/catalogue/search-plan"
import { buildVocabulary, correctQuery, type Vocabulary } from "../backend/src/lib/catalogue/word-correction"

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
const TS = "medusa_search_english"

type Sql = { text: string; values: unknown[] }
type Case = { name: string; query: string; before: Sql; after: Sql[] }

function cases(table: string, channel: string, queries: { part: string[]; typo: string[] }, vocabulary: Vocabulary): Case[] {
  const scope = [JSON.stringify({ status: "published" }), JSON.stringify({ sales_channel_ids: [channel] })]
  const scopeSql = (first: number) => `"indexed" @> $${first}::jsonb AND "indexed" @> $${first + 1}::jsonb`
  const byFilter = (field: string, value: string): Sql => ({
    text: `SELECT "id", "document", "indexed", 0::float4 AS score FROM "${table}" WHERE (${scopeSql(1)} AND "indexed" @> $3::jsonb) ORDER BY "id" ASC LIMIT 24 OFFSET 0`,
    values: [...scope, JSON.stringify({ [field]: [value] })],
  })
  const partCases = queries.part.map((query): Case => {
    const partNumber = searchPlan(query).partNumber!
    const vector = `setweight(to_tsvector('${TS}', coalesce(indexed#>>'{part_numbers}', '')), 'A')`
    const prefix = `regexp_replace(plainto_tsquery('${TS}', $1)::text, '''([^'']+)''$', '''\\1'':*')::tsquery`
    return {
      name: `part number "${query}"`,
      query,
      before: {
        text: `SELECT "id", "document", "indexed", ts_rank_cd(${vector}, ${prefix}) AS score FROM "${table}" WHERE ${vector} @@ ${prefix} AND (${scopeSql(2)}) ORDER BY score DESC NULLS LAST, "id" ASC LIMIT 24 OFFSET 0`,
        values: [partNumber, ...scope],
      },
      after: [byFilter("part_numbers", partNumber), byFilter("part_number_prefixes", partNumber)],
    }
  })
  const typoCases = queries.typo.map((query): Case => {
    const any = `replace(plainto_tsquery('${TS}', $1)::text, ' & ', ' | ')::tsquery`
    const corrected = correctQuery(query, vocabulary) ?? query
    return {
      name: `typo "${query}" (after: "${corrected}")`,
      query,
      before: {
        text: `SELECT "id", "document", "indexed", GREATEST(ts_rank_cd("search_vector", ${any}), word_similarity($1, "search_text")) AS score FROM "${table}" WHERE ("search_vector" @@ ${any} OR word_similarity($1, "search_text") > 0.3) AND (${scopeSql(2)}) ORDER BY score DESC NULLS LAST, "id" ASC LIMIT 24 OFFSET 0`,
        values: [query, ...scope],
      },
      // The route's call after the correction: every corrected word, on the full-text index.
      after: [
        {
          text: `SELECT "id", "document", "indexed", ts_rank_cd("search_vector", plainto_tsquery('${TS}', $1)) AS score FROM "${table}" WHERE "search_vector" @@ plainto_tsquery('${TS}', $1) AND (${scopeSql(2)}) ORDER BY score DESC NULLS LAST, "id" ASC LIMIT 24 OFFSET 0`,
          values: [corrected, ...scope],
        },
      ],
    }
  })
  return [...partCases, ...typoCases]
}

type Plan = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: Plan[] }

const scans = (plan: Plan): string[] => [
  ...(/Scan/.test(plan["Node Type"]) && plan["Node Type"] !== "Subquery Scan" ? [`${plan["Node Type"]}${plan["Index Name"] ? ` ${plan["Index Name"]}` : ""}`] : []),
  ...(plan.Plans ?? []).flatMap(scans),
]

async function explain(client: Client, sql: Sql): Promise<{ ms: number; rows: number; scans: string[] }> {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`, sql.values)
  const [result] = rows[0]["QUERY PLAN"] as [{ "Execution Time": number; Plan: Plan & { "Actual Rows": number } }]
  return { ms: result["Execution Time"], rows: result.Plan["Actual Rows"], scans: [...new Set(scans(result.Plan))] }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function main() {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error("Set DATABASE_URL to a database filled by npm run bench:catalogue")
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    // The table of the product index's active version (Medusa's Search Module and its PostgreSQL provider).
    const active = await client.query(
      `SELECT c.table_name FROM search_index i
         JOIN search_index_version v ON v.search_index_id = i.id AND v.version = i.active_version
         JOIN search_postgres_index c ON c.name = v.physical_name
        WHERE i.name = 'product'`
    )
    const table = active.rows[0]?.table_name as string | undefined
    if (!table || !/^search_pg_[a-z0-9_]+$/.test(table)) throw new Error("No active product search index: run the seed and npm run bench:catalogue first")
    const { rows } = await client.query(`SELECT count(*)::int AS n, (SELECT id FROM sales_channel WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1) AS channel FROM "${table}"`)
    const { n, channel } = rows[0] as { n: number; channel: string }
    process.stdout.write(`${table}: ${n} documents; ${ROUNDS} interleaved rounds; median execution time (EXPLAIN ANALYZE)\n\n`)
    // The route's spelling vocabulary, built here from the index's own texts (the route reads the products).
    const started = performance.now()
    const texts = await client.query(`SELECT "search_text" FROM "${table}"`)
    const vocabulary = buildVocabulary(texts.rows.map((row: { search_text: string }) => row.search_text))
    process.stdout.write(`vocabulary: ${vocabulary.spelling.size} words from ${texts.rows.length} documents in ${(performance.now() - started).toFixed(0)} ms\n\n`)
    const all = cases(table, channel, {
      part: ["S1068900", "S10689", "0020-025 741", "S5700", "BN-VA-01234"],
      typo: ["exacontol", "vase d'expension beretta", "circulatuer saunier", "pompe vailant ecotec"],
    }, vocabulary)
    const times = new Map<string, { before: number[]; after: number[][] }>(all.map((c) => [c.name, { before: [], after: c.after.map(() => []) }]))
    const last = new Map<string, { before: Awaited<ReturnType<typeof explain>>; after: Awaited<ReturnType<typeof explain>>[] }>()
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of all) {
        const before = await explain(client, c.before)
        const after = []
        for (const sql of c.after) after.push(await explain(client, sql))
        const entry = times.get(c.name)!
        entry.before.push(before.ms)
        after.forEach((result, i) => entry.after[i].push(result.ms))
        last.set(c.name, { before, after })
      }
    }
    process.stdout.write("| query | before ms | before scans | after ms | after scans |\n| --- | --- | --- | --- | --- |\n")
    for (const c of all) {
      const entry = times.get(c.name)!
      const plans = last.get(c.name)!
      const after = entry.after.map((values) => median(values).toFixed(2)).join(" + ")
      process.stdout.write(
        `| ${c.name} | ${median(entry.before).toFixed(2)} (${plans.before.rows} rows) | ${plans.before.scans.join(", ")} | ${after} (${plans.after.map((p) => p.rows).join(" + ")} rows) | ${plans.after.flatMap((p) => p.scans).join(", ")} |\n`
      )
    }
  } finally {
    await client.end()
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})
