/**
 * The booking plugin through the Store API on real PostgreSQL: reference lists, slots, booking,
 * clear refusals, and the EXCLUDE constraint making double booking impossible under a race.
 */
import { algiersDate, settle } from "../helpers/booking-fixture"
import { customerHeaders } from "../helpers/customer-headers"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(240_000)


shopSuite(({ api, getContainer, dbConnection, shop }) => {
  const { headers } = shop
  let zones: Record<string, string>
  let faults: Record<string, string>

  beforeAll(async () => {
    zones = Object.fromEntries((await api.get("/store/booking/zones", { headers })).data.zones.map((z: { handle: string; id: string }) => [z.handle, z.id]))
    faults = Object.fromEntries(
      (await api.get("/store/booking/fault-types", { headers })).data.fault_types.map((f: { handle: string; id: string }) => [f.handle, f.id])
    )
  })

  const slots = async (zone: string, fault: string, from = algiersDate(0), to = algiersDate(9)) =>
    (await api.get(`/store/booking/slots?zone_id=${zones[zone]}&fault_type_id=${faults[fault]}&from=${from}&to=${to}`, { headers })).data
      .slots as Array<{ start: string; end: string }>

  /** An address in each seeded zone (a visit is booked in the zone of its address). */
  const ADDRESS_IN: Record<string, { commune: string; wilaya_code: string }> = {
    alger: { commune: "Alger Centre", wilaya_code: "16" },
    boumerdes: { commune: "Boumerdes", wilaya_code: "35" },
    "blida-tipaza": { commune: "Blida", wilaya_code: "09" },
  }
  const bookingRequest = (startsAt: string, zone = "alger", overrides: Record<string, unknown> = {}) => ({
    zone_id: zones[zone],
    fault_type_id: faults["pas-de-chauffage"],
    starts_at: startsAt,
    contact: { first_name: "Samia", last_name: "Kaci", phone: "0550 12 34 56", email: "samia@example.dz" },
    address: { address_1: "3 rue Larbi Ben M'hidi", ...ADDRESS_IN[zone]! },
    description: "La chaudière se met en sécurité, code F28.",
    boiler_brand: "Saunier Duval",
    boiler_model: "Thema Condens F 25",
    ...overrides,
  })

  it("lists the seeded zones and fault types, gas smell being urgent", async () => {
    expect(Object.keys(zones).sort()).toEqual(["alger", "blida-tipaza", "boumerdes"])
    const { data } = await api.get("/store/booking/fault-types", { headers })
    expect(data.fault_types).toHaveLength(6)
    expect(data.fault_types.find((f: { handle: string }) => f.handle === "odeur-de-gaz")).toMatchObject({ urgency: "urgent", label_ar: "رائحة غاز" })
  })

  it("offers slots as ISO 8601 UTC, at least two hours ahead, and refuses a bad query", async () => {
    const offered = await slots("alger", "pas-de-chauffage")
    expect(offered.length).toBeGreaterThan(0)
    for (const slot of offered) {
      expect(slot.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/)
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(Date.now() + 2 * 3600_000 - 60_000)
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(90 * 60_000)
    }
    const tooLong = await settle(api.get(`/store/booking/slots?zone_id=${zones.alger}&fault_type_id=${faults["pas-de-chauffage"]}&from=${algiersDate(0)}&to=${algiersDate(31)}`, { headers }))
    expect(tooLong.status).toBe(400)
    expect(tooLong.data.message).toContain("Au plus 31 jours")
    const unknownZone = await settle(api.get(`/store/booking/slots?zone_id=bzone_nope&fault_type_id=${faults["pas-de-chauffage"]}&from=${algiersDate(0)}&to=${algiersDate(1)}`, { headers }))
    expect(unknownZone.status).toBe(400)
    expect(unknownZone.data.message).toContain("Zone inconnue")
  })

  it("books an offered slot (201) and refuses bad input with an actionable 400", async () => {
    const [slot] = await slots("alger", "pas-de-chauffage")
    const created = await api.post("/store/booking/appointments", bookingRequest(slot.start), { headers })
    expect(created.status).toBe(201)
    expect(created.data.appointment).toMatchObject({ status: "confirmed", contact_phone: "+213550123456", wilaya_code: "16" })
    expect(new Date(created.data.appointment.starts_at).toISOString()).toBe(slot.start)

    const badPhone = await settle(api.post("/store/booking/appointments", bookingRequest(slot.start, "alger", { contact: { first_name: "S", last_name: "K", phone: "12345", email: "s@example.dz" } }), { headers }))
    expect(badPhone.status).toBe(400)
    expect(badPhone.data.message).toContain("Numéro de téléphone algérien invalide")
    const past = await settle(api.post("/store/booking/appointments", bookingRequest("2020-01-05T08:00:00Z"), { headers }))
    expect(past.status).toBe(400)
    expect(past.data.message).toContain("Ce créneau n'est pas proposé")
  })

  it("lets exactly one of 50 simultaneous bookings of one slot through: one 201, 49 409, no 5xx, one row", async () => {
    // Boumerdès has a single technician, so the slot can be given only once.
    const [slot] = await slots("boumerdes", "pas-de-chauffage")
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        settle(api.post("/store/booking/appointments", bookingRequest(slot.start, "boumerdes", { contact: { first_name: "Client", last_name: `${index}`, phone: "0661000000", email: `c${index}@example.dz` } }), { headers }))
      )
    )
    const statuses = responses.map((response) => response.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(49)
    expect(responses.filter((response) => response.status === 409).every((response) => response.data.code === "slot_unavailable")).toBe(true)
    const rows = await dbConnection.raw(`SELECT count(*)::int AS n FROM appointment WHERE zone_id = ? AND starts_at = ? AND deleted_at IS NULL`, [zones.boumerdes, slot.start])
    expect(rows.rows[0].n).toBe(1)
  })

  it("refuses in PostgreSQL itself (23P01) an overlapping visit written past the planning step", async () => {
    const booking = getContainer().resolve("booking") as {
      listAppointments(filters: object): Promise<Array<Record<string, unknown>>>
      createAppointments(data: object): Promise<unknown>
    }
    // Each test starts from the seeded database: book one visit first.
    const [slot] = await slots("boumerdes", "pas-de-chauffage")
    const { data } = await api.post("/store/booking/appointments", bookingRequest(slot.start, "boumerdes"), { headers })
    const [existing] = await booking.listAppointments({ id: data.appointment.id })
    const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, technician: _t, ...copy } = existing
    const overlapping = { ...copy, starts_at: new Date(new Date(existing.starts_at as string).getTime() + 30 * 60_000), blocked_from: new Date(new Date(existing.starts_at as string).getTime() + 30 * 60_000) }
    const error = await booking.createAppointments(overlapping).then(() => undefined, (failure: { code?: string; constraint?: string }) => failure)
    expect(error).toMatchObject({ code: "23P01", constraint: "appointment_no_overlap" })
  })

  it("shows a customer's visits to them only: others and anonymous callers get 404", async () => {
    const samia = await customerHeaders(api, headers, "samia@example.dz")
    const other = await customerHeaders(api, headers, "karim@example.dz")
    const [slot] = await slots("alger", "pas-de-chauffage")
    const { data } = await api.post("/store/booking/appointments", bookingRequest(slot.start), { headers: samia })
    const id = data.appointment.id
    expect((await api.get("/store/booking/appointments", { headers: samia })).data.appointments.map((a: { id: string }) => a.id)).toEqual([id])
    expect((await api.get(`/store/booking/appointments/${id}`, { headers: samia })).data.appointment.id).toBe(id)
    for (const caller of [other, headers]) {
      for (const path of [`/store/booking/appointments/${id}`, `/store/booking/appointments/${id}/calendar.ics`]) {
        expect((await settle(api.get(path, { headers: caller }))).status).toBe(404)
      }
      expect((await settle(api.post(`/store/booking/appointments/${id}/cancel`, { reason: "Je ne suis pas là" }, { headers: caller }))).status).toBe(404)
    }
    expect((await settle(api.get("/store/booking/appointments", { headers }))).status).toBe(401)
  })

  it("lets a guest manage their visit with the signed token it was given, and only that visit", async () => {
    const [first, second] = await slots("alger", "pas-de-chauffage")
    const mine = (await api.post("/store/booking/appointments", bookingRequest(first.start), { headers })).data
    const theirs = (await api.post("/store/booking/appointments", bookingRequest(second.start), { headers })).data
    expect(mine.manage_token).toMatch(/^v1\.[\w-]+\.[\w-]+$/)
    const id = mine.appointment.id
    expect((await api.get(`/store/booking/appointments/${id}?token=${mine.manage_token}`, { headers })).data.appointment.id).toBe(id)
    expect((await settle(api.get(`/store/booking/appointments/${id}?token=${theirs.manage_token}`, { headers }))).status).toBe(404)
    expect((await settle(api.get(`/store/booking/appointments/${id}?token=v1.forged.token`, { headers }))).status).toBe(404)
    const ics = await api.get(`/store/booking/appointments/${id}/calendar.ics`, { headers: { ...headers, "x-appointment-token": mine.manage_token } })
    expect(ics.data).toContain(`UID:${id}@mj-chauffage.dz`)
    const cancelled = await api.post(`/store/booking/appointments/${id}/cancel`, { reason: "Empêchement" }, { headers: { ...headers, "x-appointment-token": mine.manage_token } })
    expect(cancelled.data.appointment).toMatchObject({ status: "cancelled", cancellation_reason: "Empêchement" })
  })

  it("serves the visit as a calendar file, its SEQUENCE raised by each change", async () => {
    const samia = await customerHeaders(api, headers, "samia@example.dz")
    const [first, , third] = await slots("alger", "pas-de-chauffage")
    const { data } = await api.post("/store/booking/appointments", bookingRequest(first.start), { headers: samia })
    const ics = await api.get(`/store/booking/appointments/${data.appointment.id}/calendar.ics`, { headers: samia })
    expect(ics.headers["content-type"]).toContain("text/calendar")
    expect(ics.data).toContain(`UID:${data.appointment.id}@mj-chauffage.dz`)
    expect(ics.data).toContain("SEQUENCE:0")
    expect(ics.data).toContain("METHOD:REQUEST")
    const moved = await api.post(`/store/booking/appointments/${data.appointment.id}/reschedule`, { starts_at: third.start }, { headers: samia })
    expect(new Date(moved.data.appointment.starts_at).toISOString()).toBe(third.start)
    expect(moved.data.appointment.sequence).toBe(1)
    const after = await api.get(`/store/booking/appointments/${data.appointment.id}/calendar.ics`, { headers: samia })
    expect(after.data).toContain("SEQUENCE:1")
  })

  it("cancels with a reason, frees the slot, and refuses a second cancellation", async () => {
    const samia = await customerHeaders(api, headers, "samia@example.dz")
    const [slot] = await slots("boumerdes", "pas-de-chauffage")
    const { data } = await api.post("/store/booking/appointments", bookingRequest(slot.start, "boumerdes"), { headers: samia })
    const cancelled = await api.post(`/store/booking/appointments/${data.appointment.id}/cancel`, { reason: "Chaudière réparée par un voisin" }, { headers: samia })
    expect(cancelled.data.appointment).toMatchObject({ status: "cancelled", cancellation_reason: "Chaudière réparée par un voisin", sequence: 1 })
    expect((await slots("boumerdes", "pas-de-chauffage")).map((s) => s.start)).toContain(slot.start)
    const rebooked = await api.post("/store/booking/appointments", bookingRequest(slot.start, "boumerdes"), { headers })
    expect(rebooked.status).toBe(201)
    const again = await settle(api.post(`/store/booking/appointments/${data.appointment.id}/cancel`, { reason: "encore" }, { headers: samia }))
    expect(again.status).toBe(400)
    expect(again.data.message).toBe("Ce rendez-vous est déjà annulé.")
  })

  it("lets one of two simultaneous reschedules into the same slot win; the other gets 409", async () => {
    const samia = await customerHeaders(api, headers, "samia@example.dz")
    const offered = await slots("boumerdes", "pas-de-chauffage")
    const [a, b, target] = [offered[0], offered[4], offered[8]]
    const first = (await api.post("/store/booking/appointments", bookingRequest(a.start, "boumerdes"), { headers: samia })).data.appointment.id
    const second = (await api.post("/store/booking/appointments", bookingRequest(b.start, "boumerdes"), { headers: samia })).data.appointment.id
    const results = await Promise.all(
      [first, second].map((id) => settle(api.post(`/store/booking/appointments/${id}/reschedule`, { starts_at: target.start }, { headers: samia })))
    )
    expect(results.map((result) => result.status).sort()).toEqual([200, 409])
    expect(results.find((result) => result.status === 409)!.data.code).toBe("slot_unavailable")
  })

  it("has the EXCLUDE constraint after migrating an empty database", async () => {
    const { rows } = await dbConnection.raw(`SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'appointment_no_overlap'`)
    expect(rows[0].definition).toContain("EXCLUDE USING gist (technician_id WITH =, tstzrange(blocked_from, blocked_until, '[)'::text) WITH &&)")
    expect(rows[0].definition).toContain("status <> 'cancelled'")
  })
})
