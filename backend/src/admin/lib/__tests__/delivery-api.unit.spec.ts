import { AdminCreateStopDesk, AdminUpdateStopDesk } from "../../../api/admin/delivery-rates/validators"
import { stopDeskFields, type AdminStopDesk } from "../delivery-api"

// A desk as GET /admin/delivery-rates lists it: with its id, state and timestamps, which the strict bodies refuse.
const listed = {
  id: "sd-16-1",
  wilaya_code: "16",
  commune: "Bab Ezzouar",
  name_fr: "Stop-desk Bab Ezzouar",
  name_ar: "نقطة باب الزوار",
  address: "Cité 5 juillet",
  carrier: "Yalidine",
  is_active: true,
  created_at: "2026-12-06T10:00:00.000Z",
  updated_at: "2026-12-06T10:00:00.000Z",
  deleted_at: null,
} as AdminStopDesk

describe("the stop-desk drawer's body", () => {
  it("is what the routes accept, from a desk as it was listed", () => {
    expect(() => AdminUpdateStopDesk.parse(listed)).toThrow()
    expect(AdminUpdateStopDesk.parse(stopDeskFields(listed))).toEqual(stopDeskFields(listed))
    expect(AdminCreateStopDesk.parse(stopDeskFields(listed))).toEqual(stopDeskFields(listed))
  })
})
