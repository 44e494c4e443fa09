/**
 * Medusa's Redis event bus (`@medusajs/event-bus-redis`), its loader and options unchanged, with the
 * service of ./service.ts: a handler that intercepts every event is not also queued for every event.
 */
import RedisEventBusModule from "@medusajs/event-bus-redis"
import { RedisEventBusWithoutDuplicateHandlers } from "./service"

export default { ...RedisEventBusModule, service: RedisEventBusWithoutDuplicateHandlers }
