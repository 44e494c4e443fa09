import { MedusaService } from "@medusajs/framework/utils"
import { LRUCache } from "lru-cache"
import type { DeliveryTable } from "../../lib/delivery/delivery-table"
import { DeliveryZone } from "./models/delivery-zone"
import { DeliveryZoneWilaya } from "./models/delivery-zone-wilaya"
import { StopDesk } from "./models/stop-desk"

/**
 * How long a process serves the table it read before reading it again. Checkout prices each cart
 * from it, so it is not read per request; a change made in another process (server or worker)
 * shows here within this delay, a change made in this one at once (forgetDeliveryTable).
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

class DeliveryRatesModuleService extends MedusaService({ DeliveryZone, DeliveryZoneWilaya, StopDesk }) {
  private readonly tableCache = new LRUCache<"table", DeliveryTable>({
    max: 1,
    ttl: DELIVERY_TABLE_TTL_MS,
    // Concurrent readers of an expired table share one read.
    fetchMethod: () => this.readDeliveryTable(),
  })

  /** The active zones and every stop-desk, from this process's short cache. */
  async deliveryTable(): Promise<DeliveryTable> {
    return (await this.tableCache.fetch("table"))!
  }

  /** Called after each write of this module (the workflow steps): the next reader reads the database. */
  forgetDeliveryTable(): void {
    this.tableCache.clear()
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
