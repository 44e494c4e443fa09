import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ConnectionPool } from "./loaders/limit-database-wait"

type SharedConnection = { client?: { pool?: ConnectionPool } }

/** What the database-wait loader set, read back (health checks, tests). */
export default class DatabaseWaitModuleService {
  private readonly connection: SharedConnection | undefined

  constructor(dependencies: Record<string, unknown>) {
    this.connection = dependencies[ContainerRegistrationKeys.PG_CONNECTION] as SharedConnection | undefined
  }

  /** The shared pool's longest wait for a connection, in milliseconds (undefined without a pool). */
  connectionWaitMs(): number | undefined {
    return this.connection?.client?.pool?.acquireTimeoutMillis
  }
}
