import { Module } from "@medusajs/framework/utils"
import limitDatabaseWait from "./loaders/limit-database-wait"
import DatabaseWaitModuleService from "./service"

export const DATABASE_WAIT_MODULE = "databaseWait"

/** The shared database pool's wait for a connection, limited in every process (loaders/limit-database-wait.ts). */
export default Module(DATABASE_WAIT_MODULE, { service: DatabaseWaitModuleService, loaders: [limitDatabaseWait] })
