/**
 * Medusa's query cache (Caching Module) clears its tags on every event twice: it registers one handler as an
 * interceptor (called as each event is emitted, in the emitting process) and subscribes the same handler to
 * "*". With the Redis bus, a "*" subscriber makes every server queue every event in BullMQ, module-internal
 * ones included (`cart.line-item-tax-line.created`…, about 40 per checkout, most with no other subscriber),
 * for the worker to clear the same tags again: about 90 Redis commands per event. An interceptor already
 * sees every event, so a handler that is one is kept off "*"; events with subscribers of their own are
 * queued as before.
 */
import type { EventBusTypes } from "@medusajs/framework/types"
import type { AbstractEventBusModuleService } from "@medusajs/framework/utils"
import RedisEventBusService from "@medusajs/event-bus-redis/dist/services/event-bus-redis"

type Interceptor = Parameters<AbstractEventBusModuleService["addInterceptor"]>[0]
type Tail<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never
type Subscribers = Map<string | symbol, EventBusTypes.SubscriberDescriptor[]>

const EVERY_EVENT = "*"

/** The subscribers of "*" less `handler` (the map is changed in place: the bus reads it on every emit). */
function removeEveryEventSubscriber(subscribers: Subscribers, handler: unknown): void {
  const everyEvent = subscribers.get(EVERY_EVENT)
  if (!everyEvent) return
  const kept = everyEvent.filter(({ subscriber }) => subscriber !== handler)
  if (kept.length) subscribers.set(EVERY_EVENT, kept)
  else subscribers.delete(EVERY_EVENT)
}

type Dependencies = ConstructorParameters<typeof RedisEventBusService>[0]

/** Medusa's service names its queue's Redis keys after its class; the same keys, so events queued before a deploy still run. */
const QUEUE_KEY_PREFIX = "RedisEventBusService"

export class RedisEventBusWithoutDuplicateHandlers extends RedisEventBusService {
  constructor(cradle: Dependencies, ...rest: Tail<ConstructorParameters<typeof RedisEventBusService>>) {
    // Named one by one: the cradle is a proxy that resolves what is read.
    super(
      {
        logger: cradle.logger,
        eventBusRedisConnection: cradle.eventBusRedisConnection,
        eventBusRedisQueueName: cradle.eventBusRedisQueueName,
        eventBusRedisQueueOptions: { prefix: QUEUE_KEY_PREFIX, ...cradle.eventBusRedisQueueOptions },
        eventBusRedisWorkerOptions: { prefix: QUEUE_KEY_PREFIX, ...cradle.eventBusRedisWorkerOptions },
        eventBusRedisJobOptions: cradle.eventBusRedisJobOptions,
      },
      ...rest
    )
  }

  subscribe(eventName: string | symbol, subscriber: EventBusTypes.Subscriber, context?: EventBusTypes.SubscriberContext): this {
    if (eventName === EVERY_EVENT && this.interceptorSubscribers_.has(subscriber as Interceptor)) return this
    return super.subscribe(eventName, subscriber, context)
  }

  addInterceptor(interceptor: Interceptor): this {
    super.addInterceptor(interceptor)
    // Medusa's base `unsubscribe` does nothing in a server process, where the queueing is decided.
    removeEveryEventSubscriber(this.eventToSubscribersMap_, interceptor)
    return this
  }
}
