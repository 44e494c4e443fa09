import { MedusaService } from "@medusajs/framework/utils"
import { LRUCache } from "lru-cache"
import type { DeliveryTable } from "../../lib/delivery/delivery-table"
import { DeliveryZone } from "./models/delivery-zone"
import { DeliveryZoneWilaya } from "./models/delivery-zone-wilaya"
import { StopDesk } from "./models/stop-desk"

/**
 * How long a process serves the table it read before reading it again. Checkout prices each cart
 * from it, so it is not read per request; a change made in another process (server or worker)
 * shows here within this delay, a change made in this one at once (every write forgets the table).
 */
export const DELIVERY_TABLE_TTL_MS = 5_000

type ZoneRow = {
  handle: string
  name_fr: string
  name_ar: string
  home_price: number
  home_delay_days: number
  stopdesk_price: number
  stopdesk_delay_days: number
  wilayas?: Array<{ wilaya_code: string }> | null
}

export const zoneOfRow = (zone: ZoneRow): DeliveryTable["zones"][number] => ({
  id: zone.handle,
  name_fr: zone.name_fr,
  name_ar: zone.name_ar,
  wilayas: (zone.wilayas ?? []).map((row) => row.wilaya_code).sort(),
  home: { price: zone.home_price, delay_days: zone.home_delay_days },
  stopdesk: { price: zone.stopdesk_price, delay_days: zone.stopdesk_delay_days },
})

/** The methods MedusaService generates that write (createStopDesks, updateDeliveryZones, softDeleteStopDesks…). */
const WRITE_METHOD = /^(create|update|upsert|delete|softDelete|restore)[A-Z]/

class DeliveryRatesModuleService extends MedusaService({ DeliveryZone, DeliveryZoneWilaya, StopDesk }) {
  private readonly tableCache = new LRUCache<"table", DeliveryTable>({
    max: 1,
    ttl: DELIVERY_TABLE_TTL_MS,
    // Concurrent readers of an expired table share one read.
    fetchMethod: () => this.readDeliveryTable(),
  })

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MedusaService's constructor takes Medusa's container and module options
  constructor(...args: any[]) {
    super(...args)
    // Whoever writes (a workflow step, its compensation, the seed), the next reader here reads the
    // database: the writes forget the table themselves rather than each caller remembering to.
    const generated = Object.getPrototypeOf(DeliveryRatesModuleService.prototype) as Record<string, unknown>
    const self = this as unknown as Record<string, (...writeArgs: unknown[]) => Promise<unknown>>
    for (const name of Object.getOwnPropertyNames(generated).filter((candidate) => WRITE_METHOD.test(candidate))) {
      const write = self[name]!.bind(this)
      self[name] = async (...writeArgs) => {
        try {
          return await write(...writeArgs)
        } finally {
          this.tableCache.clear()
        }
      }
    }
  }

  /** The active zones and every stop-desk, from this process's short cache. */
  async deliveryTable(): Promise<DeliveryTable> {
    return (await this.tableCache.fetch("table"))!
  }

  private async readDeliveryTable(): Promise<DeliveryTable> {
    const [zones, desks] = await Promise.all([
      this.listDeliveryZones({ is_active: true }, { relations: ["wilayas"], order: { rank: "ASC", handle: "ASC" }, take: null }),
      this.listStopDesks({}, { order: { wilaya_code: "ASC", name_fr: "ASC" }, take: null }),
    ])
    return {
      zones: zones.map(zoneOfRow),
      stopDesks: desks.map((desk) => ({ id: desk.id, wilaya_code: desk.wilaya_code, name_fr: desk.name_fr, name_ar: desk.name_ar, is_active: desk.is_active })),
    }
  }
}

export default DeliveryRatesModuleService
