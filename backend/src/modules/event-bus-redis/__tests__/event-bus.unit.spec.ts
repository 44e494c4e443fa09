import crypto from "node:crypto"
import type { Worker } from "bullmq"
import Redis from "ioredis"
import { EVENT_JOB_OPTIONS } from "../../../config/event-retries"
import { RedisEventBusWithoutDuplicateHandlers } from "../service"

// The real bus on this machine's Redis (as in production): what it queues is read back from BullMQ's keys.
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined }

type Queue = { close: () => Promise<void> }
const queueOf = (bus: RedisEventBusWithoutDuplicateHandlers) => (bus as unknown as { queue_: Queue }).queue_

describe("the Redis event bus", () => {
  let connection: Redis
  let queueName: string
  const buses: RedisEventBusWithoutDuplicateHandlers[] = []

  /** A bus on its own queue, as a process of `mode` has it, with `jobOptions` for the jobs it queues. */
  const busOf = (mode: "server" | "worker", jobOptions: object) => {
    const bus = new RedisEventBusWithoutDuplicateHandlers(
      {
        logger: silent as never,
        eventBusRedisConnection: connection,
        eventBusRedisQueueName: queueName,
        eventBusRedisQueueOptions: {},
        eventBusRedisWorkerOptions: {},
        eventBusRedisJobOptions: jobOptions,
      },
      {},
      { worker_mode: mode } as never
    )
    buses.push(bus)
    return bus
  }
  /** A server process's bus: queues events, runs no job. */
  const serverBus = () => busOf("server", {})
  /** The worker process's bus: runs the queued jobs, with production's retries but 50 ms apart. */
  const workerBus = async (attempts = EVENT_JOB_OPTIONS.attempts) => {
    const bus = busOf("worker", { ...EVENT_JOB_OPTIONS, attempts, backoff: { type: "fixed", delay: 50 } })
    await (bus as unknown as { __hooks: { onApplicationStart: () => Promise<void> } }).__hooks.onApplicationStart()
    return bus
  }
  const bullWorkerOf = (bus: RedisEventBusWithoutDuplicateHandlers) =>
    (bus as unknown as { bullWorker_: Worker }).bullWorker_

  /** Jobs ever added to the queue (BullMQ's id counter), under the keys Medusa's own service uses. */
  const queuedJobs = async () => Number((await reader.get(`RedisEventBusService:${queueName}:id`)) ?? 0)
  let reader: Redis
  beforeAll(() => {
    reader = new Redis(REDIS_URL)
  })
  afterAll(async () => {
    await reader.quit()
  })

  beforeEach(async () => {
    connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null })
    // Connected before a queue waits on it: closing a connection a queue still waits for is an unhandled error.
    await connection.ping()
    queueName = `unit-events-${crypto.randomBytes(4).toString("hex")}`
  })

  afterEach(async () => {
    for (const bus of buses.splice(0)) {
      await bullWorkerOf(bus)?.close()
      await queueOf(bus).close()
    }
    await connection.quit()
    const keys = await reader.keys(`RedisEventBusService:${queueName}:*`)
    if (keys.length) await reader.del(...keys)
  })

  it("does not queue an event for a handler that already intercepts every event (Medusa's query cache)", async () => {
    const bus = serverBus()
    const seen: string[] = []
    const clearCachedQueries = async (event: { name: string }) => void seen.push(event.name)
    bus.subscribe("*", clearCachedQueries)
    bus.addInterceptor(clearCachedQueries)

    await bus.emit({ name: "cart.line-item-tax-line.created", data: { id: "taxline_1" } })

    expect(seen).toEqual(["cart.line-item-tax-line.created"])
    expect(await queuedJobs()).toBe(0)
  })

  it("does not subscribe to every event a handler that is already an interceptor", async () => {
    const bus = serverBus()
    const handler = async () => undefined
    bus.addInterceptor(handler)
    bus.subscribe("*", handler)

    await bus.emit({ name: "cart.created", data: { id: "cart_1" } })

    expect(await queuedJobs()).toBe(0)
  })

  it("still queues the events that have subscribers, and every event for another '*' subscriber", async () => {
    const bus = serverBus()
    const interceptor = async () => undefined
    bus.subscribe("*", interceptor)
    bus.addInterceptor(interceptor)
    bus.subscribe("order.placed", async () => undefined)

    await bus.emit([
      { name: "order.placed", data: { id: "order_1" } },
      { name: "cart.created", data: { id: "cart_1" } },
    ])
    expect(await queuedJobs()).toBe(1)

    bus.subscribe("*", async () => undefined)
    await bus.emit({ name: "cart.created", data: { id: "cart_2" } })
    expect(await queuedJobs()).toBe(2)
  })

  it("runs again only the subscriber that failed (the order mail while SMTP was away), not the others", async () => {
    const bus = await workerBus()
    let mailAttempts = 0
    let counted = 0
    const mailSent = new Promise<void>((resolve) => {
      bus.subscribe(
        "order.placed",
        async () => {
          if (++mailAttempts === 1) throw new Error("connect ECONNREFUSED 127.0.0.1:587")
          resolve()
        },
        { subscriberId: "order-placed-mail" }
      )
    })
    bus.subscribe("order.placed", async () => void counted++, { subscriberId: "order-placed-metric" })

    await bus.emit({ name: "order.placed", data: { id: "order_1" } })
    await mailSent

    expect(mailAttempts).toBe(2)
    expect(counted).toBe(1)
  })

  it("keeps an event whose subscriber still fails after the last attempt in the failed jobs", async () => {
    const bus = await workerBus(2)
    let attempts = 0
    bus.subscribe(
      "order.placed",
      async () => {
        attempts++
        throw new Error("SMTP down")
      },
      { subscriberId: "order-placed-mail" }
    )
    const failedForGood = new Promise<void>((resolve) =>
      bullWorkerOf(bus).on("failed", (job) => job && job.attemptsMade >= (job.opts.attempts ?? 1) && resolve())
    )

    await bus.emit({ name: "order.placed", data: { id: "order_2" } })
    await failedForGood

    expect(attempts).toBe(2)
    expect(await (queueOf(bus) as unknown as { getFailedCount: () => Promise<number> }).getFailedCount()).toBe(1)
  })
})
