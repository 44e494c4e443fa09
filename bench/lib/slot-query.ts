/** The slot query every bench loads: Alger, "pas d'eau chaude", from today over 31 days (Algiers dates). */
import { algiersDate } from "../../backend/integration-tests/helpers/booking-fixture"

export async function benchSlotQuery(api: string, headers: Record<string, string>): Promise<{ zone: string; fault: string; path: string }> {
  const read = async (path: string) => (await fetch(`${api}${path}`, { headers })).json()
  const zone: string = (await read("/store/booking/zones")).zones.find((each: { handle: string }) => each.handle === "alger").id
  const fault: string = (await read("/store/booking/fault-types")).fault_types.find((each: { handle: string }) => each.handle === "pas-d-eau-chaude").id
  return { zone, fault, path: `/store/booking/slots?zone_id=${zone}&fault_type_id=${fault}&from=${algiersDate(0)}&to=${algiersDate(30)}` }
}
