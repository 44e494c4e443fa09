import assert from "node:assert/strict"
import { test } from "node:test"
import { servedWilayas, zoneForPlace, type BookingZone } from "../zone-for-place"

const zone = (id: string, wilaya_codes: string[], commune_ids: string[] | null): BookingZone => ({ id, handle: id, name_fr: id, name_ar: id, wilaya_codes, commune_ids })

test("a zone limited to communes serves only those; a whole-wilaya zone serves the rest", () => {
  const zones = [zone("centre", ["16"], ["16001", "16002"]), zone("alger", ["16", "09"], null)]
  assert.equal(zoneForPlace(zones, "16", "16001")?.id, "centre")
  assert.equal(zoneForPlace(zones, "16", "16040")?.id, "alger")
  assert.equal(zoneForPlace(zones, "09", undefined)?.id, "alger")
  assert.equal(zoneForPlace(zones, "31", "31001"), null)
  assert.equal(zoneForPlace([zone("centre", ["16"], ["16001"])], "16", undefined), null)
  assert.deepEqual([...servedWilayas(zones)].sort(), ["09", "16"])
})
