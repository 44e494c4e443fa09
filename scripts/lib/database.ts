import { Client } from "@medusajs/framework/pg"

/** One connection for `work`, closed after it. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates the database named in `url` if missing; returns true when it was created now. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  return withClient(maintenance.toString(), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount) return false
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    return true
  })
}

/** The storefront's publishable key, created by the seed; undefined before the first seed. */
export function findPublishableKey(url: string, title: string): Promise<string | undefined> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ token: string }>(
      `SELECT token FROM api_key WHERE type = 'publishable' AND title = $1
         AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1`,
      [title]
    )
    return rows[0]?.token
  })
}

export function userExists(url: string, email: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rowCount } = await client.query(`SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL`, [email])
    return Boolean(rowCount)
  })
}
