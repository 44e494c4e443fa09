/**
 * The office's booking settings through the Admin API on real PostgreSQL: technicians (hours, zones,
 * skills, linked user, deactivation with the visits left to reassign), zones checked against the
 * territory data, fault types, time off and closures — and what each changes for customers: the
 * slots offered, the Store API's lists, bookings refused with a stable code.
 */
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../helpers/admin-headers"
import { algiersDate, settle } from "../helpers/booking-fixture"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(240_000)

type Slot = { start: string; end: string }

const algiersDay = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(iso))

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  const admin: Record<string, string> = {}
  let zones: Record<string, string>
  let faults: Record<string, string>
  let technicians: Record<string, string>

  beforeAll(async () => {
    Object.assign(admin, await adminHeaders(getContainer()))
    zones = Object.fromEntries((await api.get("/admin/booking/zones", { headers: admin })).data.zones.map((z: { handle: string; id: string }) => [z.handle, z.id]))
    faults = Object.fromEntries((await api.get("/admin/booking/fault-types", { headers: admin })).data.fault_types.map((f: { handle: string; id: string }) => [f.handle, f.id]))
    technicians = Object.fromEntries((await api.get("/admin/booking/technicians", { headers: admin })).data.technicians.map((t: { name: string; id: string }) => [t.name, t.id]))
  })

  const slotsOf = async (zoneId: string, faultId: string, from = algiersDate(0), to = algiersDate(13)) =>
    (await api.get(`/store/booking/slots?zone_id=${zoneId}&fault_type_id=${faultId}&from=${from}&to=${to}`, { headers })).data.slots as Slot[]
  const boumerdesSlots = (from?: string, to?: string) => slotsOf(zones.boumerdes, faults["pas-de-chauffage"], from, to)
  const book = (startsAt: string, zoneId = zones.boumerdes, faultId = faults["pas-de-chauffage"]) =>
    settle(
      api.post(
        "/store/booking/appointments",
        {
          zone_id: zoneId,
          fault_type_id: faultId,
          starts_at: startsAt,
          contact: { first_name: "Karim", last_name: "Saadi", phone: "0661 22 33 44", email: "karim@example.dz" },
          address: { address_1: "5 rue des Frères Bouadou", commune: "Boumerdes", wilaya_code: "35" },
          description: "Plus d'eau chaude depuis hier soir.",
        },
        { headers }
      )
    )
  const adminGet = (path: string) => settle(api.get(path, { headers: admin }))
  const adminPost = (path: string, body: object = {}) => settle(api.post(path, body, { headers: admin }))
  const adminDelete = (path: string) => settle(api.delete(path, { headers: admin }))

  it("keeps every office route behind an admin login", async () => {
    for (const path of ["/admin/booking/technicians", "/admin/booking/zones", "/admin/booking/fault-types", "/admin/booking/closures", "/admin/territory/wilayas"]) {
      expect([path, (await settle(api.get(path, { headers }))).status]).toEqual([path, 401])
    }
    expect((await settle(api.post("/admin/booking/closures", { date: "2027-03-03", label: "Test" }, { headers }))).status).toBe(401)
  })

  it("creates a technician with the default week and a normal phone, edits him, and refuses bad input with a code", async () => {
    const created = await adminPost("/admin/booking/technicians", { name: "Amine Ziani", phone: "0550 11 22 33", skills: ["gas"], zone_ids: [zones.boumerdes] })
    expect(created.status).toBe(201)
    const { technician } = created.data
    expect(technician).toMatchObject({ name: "Amine Ziani", phone: "+213550112233", skills: ["gas"], is_active: true, user: null })
    expect(technician.zones.map((zone: { handle: string }) => zone.handle)).toEqual(["boumerdes"])
    expect(technician.weekly_hours).toHaveLength(10)
    expect(technician.weekly_hours.filter((rule: { weekday: number }) => rule.weekday === 0)).toEqual([
      { weekday: 0, start: "08:00", end: "12:00" },
      { weekday: 0, start: "13:00", end: "17:00" },
    ])

    const edited = await adminPost(`/admin/booking/technicians/${technician.id}`, {
      phone: "+213 21 23 45 67",
      zone_ids: [zones.alger, zones["blida-tipaza"]],
      weekly_hours: [
        { weekday: 6, start: "13:00", end: "17:00" },
        { weekday: 6, start: "08:00", end: "12:00" },
      ],
    })
    expect(edited.status).toBe(200)
    expect(edited.data.technician).toMatchObject({ name: "Amine Ziani", phone: "+21321234567", skills: ["gas"] })
    expect(edited.data.technician.zones.map((zone: { handle: string }) => zone.handle).sort()).toEqual(["alger", "blida-tipaza"])
    expect(edited.data.technician.weekly_hours).toEqual([
      { weekday: 6, start: "08:00", end: "12:00" },
      { weekday: 6, start: "13:00", end: "17:00" },
    ])
    const listed = (await adminGet("/admin/booking/technicians")).data.technicians.find((t: { id: string }) => t.id === technician.id)
    expect(listed.phone).toBe("+21321234567")

    const refusals = [
      [await adminPost("/admin/booking/technicians", { name: "X Y", phone: "12345" }), 400, "invalid_request", "Numéro de téléphone algérien invalide"],
      [
        await adminPost(`/admin/booking/technicians/${technician.id}`, {
          weekly_hours: [
            { weekday: 1, start: "08:00", end: "12:30" },
            { weekday: 1, start: "12:00", end: "17:00" },
          ],
        }),
        400,
        "invalid_request",
        "se chevauchent",
      ],
      [await adminPost(`/admin/booking/technicians/${technician.id}`, { weekly_hours: [{ weekday: 2, start: "17:00", end: "08:00" }] }), 400, "invalid_request", "après le début"],
      [await adminPost(`/admin/booking/technicians/${technician.id}`, { zone_ids: ["bzone_nope"] }), 400, "unknown_zone", "Zone inconnue"],
      [await adminPost(`/admin/booking/technicians/${technician.id}`, { user_id: "user_nope" }), 400, "unknown_user", "Utilisateur inconnu"],
      [await adminPost("/admin/booking/technicians/tech_nope", { name: "Personne" }), 404, "not_found", "introuvable"],
    ] as const
    for (const [answer, status, code, words] of refusals) {
      expect([answer.status, answer.data.code]).toEqual([status, code])
      expect(answer.data.message).toContain(words)
    }
    // A refused edit changed nothing.
    const after = (await adminGet(`/admin/booking/technicians/${technician.id}`)).data.technician
    expect(after.weekly_hours).toEqual(edited.data.technician.weekly_hours)
    expect(after.zones).toHaveLength(2)
  })

  it("links a technician to their admin user, one technician per user, and unlinks", async () => {
    const user = await getContainer().resolve(Modules.USER).createUsers({ email: "sofiane@mj-chauffage.dz", first_name: "Sofiane" })
    const sofiane = technicians["Sofiane Belkacem"]
    const linked = await adminPost(`/admin/booking/technicians/${sofiane}`, { user_id: user.id })
    expect(linked.data.technician.user).toMatchObject({ id: user.id, email: "sofiane@mj-chauffage.dz" })
    const taken = await adminPost(`/admin/booking/technicians/${technicians["Yacine Hamidi"]}`, { user_id: user.id })
    expect([taken.status, taken.data.code]).toEqual([409, "user_already_technician"])
    const created = await adminPost("/admin/booking/technicians", { name: "Double", phone: "0770 12 34 56", user_id: user.id })
    expect([created.status, created.data.code]).toEqual([409, "user_already_technician"])
    // The refused creation was rolled back, technician included.
    expect((await adminGet("/admin/booking/technicians")).data.technicians.map((t: { name: string }) => t.name)).not.toContain("Double")
    const unlinked = await adminPost(`/admin/booking/technicians/${sofiane}`, { user_id: null })
    expect(unlinked.data.technician.user).toBeNull()
    expect((await adminPost(`/admin/booking/technicians/${technicians["Yacine Hamidi"]}`, { user_id: user.id })).data.technician.user.id).toBe(user.id)
  })

  it("deactivating a technician offers none of their slots, lists their visits to reassign, and reactivating brings them back", async () => {
    // Sofiane is Boumerdès's only technician.
    const sofiane = technicians["Sofiane Belkacem"]
    const [slot] = await boumerdesSlots()
    const booked = await book(slot.start)
    expect(booked.status).toBe(201)
    const deactivated = await adminPost(`/admin/booking/technicians/${sofiane}/deactivate`)
    expect(deactivated.status).toBe(200)
    expect(deactivated.data.technician.is_active).toBe(false)
    expect(deactivated.data.future_visits.map((visit: { id: string }) => visit.id)).toEqual([booked.data.appointment.id])
    expect(deactivated.data.future_visits[0]).toMatchObject({ status: "confirmed", contact_last_name: "Saadi", commune: "Boumerdes" })
    expect(await boumerdesSlots()).toEqual([])
    const [next] = await slotsOf(zones.alger, faults["pas-de-chauffage"])
    expect(next).toBeDefined()
    const refused = await book(slot.end)
    expect([refused.status, refused.data.code]).toEqual([400, "slot_not_offered"])
    const read = await adminGet(`/admin/booking/technicians/${sofiane}`)
    expect(read.data.future_visits.map((visit: { id: string }) => visit.id)).toEqual([booked.data.appointment.id])
    expect(read.data.technician.is_active).toBe(false)

    const reactivated = await adminPost(`/admin/booking/technicians/${sofiane}/reactivate`)
    expect(reactivated.data.technician.is_active).toBe(true)
    expect((await boumerdesSlots()).length).toBeGreaterThan(0)
  })

  it("offers a new technician's slots in a new zone, and only for the skills they have", async () => {
    const communes = (await adminGet("/admin/territory/communes?wilaya=15")).data.communes as Array<{ id: string; name_fr: string }>
    const zone = (await adminPost("/admin/booking/zones", { name_fr: "Tizi Ouzou", name_ar: "تيزي وزو", wilaya_codes: ["15"] })).data.zone
    const fault = (
      await adminPost("/admin/booking/fault-types", {
        label_fr: "Radiateur froid",
        label_ar: "مشعاع بارد",
        duration_minutes: 45,
        visit_fee: 1800,
        required_skill: "radiators",
      })
    ).data.fault_type
    expect(fault).toMatchObject({ handle: "radiateur-froid", urgency: "normal", is_active: true })
    expect(await slotsOf(zone.id, fault.id)).toEqual([])
    const technician = (await adminPost("/admin/booking/technicians", { name: "Lyes Amrani", phone: "0555 98 76 54", skills: ["gas"], zone_ids: [zone.id] })).data.technician
    expect(await slotsOf(zone.id, fault.id)).toEqual([])
    await adminPost(`/admin/booking/technicians/${technician.id}`, { skills: ["gas", "radiators"] })
    const offered = await slotsOf(zone.id, fault.id)
    expect(offered.length).toBeGreaterThan(0)
    expect(Date.parse(offered[0].end) - Date.parse(offered[0].start)).toBe(45 * 60_000)
    const booked = await settle(
      api.post(
        "/store/booking/appointments",
        {
          zone_id: zone.id,
          fault_type_id: fault.id,
          starts_at: offered[0].start,
          contact: { first_name: "Dihya", last_name: "Meziane", phone: "0550 44 55 66", email: "dihya@example.dz" },
          address: { address_1: "Rue Lamali", commune: communes[0].name_fr, wilaya_code: "15" },
          description: "Les radiateurs restent froids.",
        },
        { headers }
      )
    )
    expect(booked.status).toBe(201)
    expect(booked.data.appointment.technician_id).toBe(technician.id)
  })

  it("checks a zone's wilayas and communes against the territory data, and a deactivated zone is neither listed nor bookable", async () => {
    const communesOf = async (wilaya: string) => (await adminGet(`/admin/territory/communes?wilaya=${wilaya}`)).data.communes as Array<{ id: string }>
    expect((await adminGet("/admin/territory/wilayas")).data.wilayas).toHaveLength(58)
    const [tizi, other] = await communesOf("15")
    const [blida] = await communesOf("09")
    const created = await adminPost("/admin/booking/zones", { name_fr: "Tizi Ouzou Centre", name_ar: "وسط تيزي وزو", wilaya_codes: ["15"], commune_ids: [tizi.id] })
    expect(created.status).toBe(201)
    expect(created.data.zone).toMatchObject({ handle: "tizi-ouzou-centre", wilaya_codes: ["15"], commune_ids: [tizi.id], is_active: true })
    const id = created.data.zone.id

    const refusals = [
      [await adminPost("/admin/booking/zones", { name_fr: "Tizi Ouzou Centre", name_ar: "وسط", wilaya_codes: ["15"] }), 409, "handle_taken"],
      [await adminPost("/admin/booking/zones", { name_fr: "Nulle part", name_ar: "لا مكان", wilaya_codes: ["99"] }), 400, "unknown_wilaya"],
      [await adminPost("/admin/booking/zones", { name_fr: "Mélange", name_ar: "خليط", wilaya_codes: ["15"], commune_ids: [blida.id] }), 400, "unknown_commune"],
      [await adminPost("/admin/booking/zones", { name_fr: "Sans wilaya", name_ar: "بدون", wilaya_codes: [] }), 400, "invalid_request"],
      [await adminPost(`/admin/booking/zones/${id}`, { wilaya_codes: ["09"] }), 400, "unknown_commune"],
      [await adminPost("/admin/booking/zones/bzone_nope", { name_fr: "Rien" }), 404, "not_found"],
    ] as const
    for (const [answer, status, code] of refusals) expect([answer.status, answer.data.code]).toEqual([status, code])
    expect((await adminGet("/admin/booking/zones")).data.zones.filter((zone: { name_fr: string }) => zone.name_fr !== "Tizi Ouzou Centre").map((z: { handle: string }) => z.handle).sort()).toEqual([
      "alger",
      "blida-tipaza",
      "boumerdes",
    ])

    const edited = await adminPost(`/admin/booking/zones/${id}`, { name_fr: "Tizi Ouzou (2 communes)", commune_ids: [tizi.id, other.id] })
    expect(edited.data.zone).toMatchObject({ name_fr: "Tizi Ouzou (2 communes)", handle: "tizi-ouzou-centre", commune_ids: [tizi.id, other.id] })
    const whole = await adminPost(`/admin/booking/zones/${id}`, { wilaya_codes: ["15", "09"], commune_ids: [] })
    expect(whole.data.zone).toMatchObject({ wilaya_codes: ["15", "09"], commune_ids: null })

    const storeZones = async () => (await api.get("/store/booking/zones", { headers })).data.zones.map((zone: { handle: string }) => zone.handle)
    const [slot] = await boumerdesSlots()
    const deactivated = await adminPost(`/admin/booking/zones/${zones.boumerdes}/deactivate`)
    expect(deactivated.data.zone.is_active).toBe(false)
    expect(await storeZones()).not.toContain("boumerdes")
    const slots = await settle(api.get(`/store/booking/slots?zone_id=${zones.boumerdes}&fault_type_id=${faults["pas-de-chauffage"]}&from=${algiersDate(0)}&to=${algiersDate(3)}`, { headers }))
    expect([slots.status, slots.data.code]).toEqual([400, "zone_inactive"])
    const refused = await book(slot.start)
    expect([refused.status, refused.data.code]).toEqual([400, "zone_inactive"])
    expect((await adminGet("/admin/booking/zones")).data.zones.find((zone: { id: string }) => zone.id === zones.boumerdes).is_active).toBe(false)

    await adminPost(`/admin/booking/zones/${zones.boumerdes}/reactivate`)
    expect(await storeZones()).toContain("boumerdes")
    expect((await book(slot.start)).status).toBe(201)
  })

  it("edits a fault type and a deactivated one is neither listed nor bookable", async () => {
    const edited = await adminPost(`/admin/booking/fault-types/${faults["pas-de-chauffage"]}`, { duration_minutes: 120, visit_fee: 3000, urgency: "urgent", label_ar: "لا تدفئة" })
    expect(edited.data.fault_type).toMatchObject({ handle: "pas-de-chauffage", duration_minutes: 120, visit_fee: 3000, urgency: "urgent", label_ar: "لا تدفئة" })
    const [slot] = await boumerdesSlots()
    expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(120 * 60_000)

    const refusals = [
      [await adminPost(`/admin/booking/fault-types/${faults["pas-de-chauffage"]}`, { visit_fee: 1500.5 }), 400, "invalid_request"],
      [await adminPost(`/admin/booking/fault-types/${faults["pas-de-chauffage"]}`, { duration_minutes: 5 }), 400, "invalid_request"],
      [await adminPost(`/admin/booking/fault-types/${faults["pas-de-chauffage"]}`, { urgency: "asap" }), 400, "invalid_request"],
      [await adminPost(`/admin/booking/fault-types/${faults["pas-de-chauffage"]}`, { handle: "autre" }), 400, "invalid_request"],
      [await adminPost("/admin/booking/fault-types", { label_fr: "Odeur de gaz", label_ar: "غاز", duration_minutes: 30, visit_fee: 0, required_skill: "gas" }), 409, "handle_taken"],
      [await adminPost("/admin/booking/fault-types", { label_fr: "Fuite", label_ar: "تسرب", duration_minutes: 30, visit_fee: 0, required_skill: "Gaz Naturel" }), 400, "invalid_request"],
    ] as const
    for (const [answer, status, code] of refusals) expect([answer.status, answer.data.code]).toEqual([status, code])

    const storeFaults = async () => (await api.get("/store/booking/fault-types", { headers })).data.fault_types.map((fault: { handle: string }) => fault.handle)
    await adminPost(`/admin/booking/fault-types/${faults["pas-de-chauffage"]}/deactivate`)
    expect(await storeFaults()).not.toContain("pas-de-chauffage")
    expect(await storeFaults()).toContain("odeur-de-gaz")
    const slots = await settle(api.get(`/store/booking/slots?zone_id=${zones.boumerdes}&fault_type_id=${faults["pas-de-chauffage"]}&from=${algiersDate(0)}&to=${algiersDate(3)}`, { headers }))
    expect([slots.status, slots.data.code]).toEqual([400, "fault_type_inactive"])
    const refused = await book(slot.start)
    expect([refused.status, refused.data.code]).toEqual([400, "fault_type_inactive"])
    expect((await adminGet("/admin/booking/fault-types")).data.fault_types.find((fault: { id: string }) => fault.id === faults["pas-de-chauffage"]).is_active).toBe(false)
    await adminPost(`/admin/booking/fault-types/${faults["pas-de-chauffage"]}/reactivate`)
    expect(await storeFaults()).toContain("pas-de-chauffage")
  })

  it("time off removes the technician's slots, names the visits inside it, and deleting it brings them back", async () => {
    const sofiane = technicians["Sofiane Belkacem"]
    // The fullest day of the window: today's may have one slot left late in the day, and the test needs a
    // morning to take off and an afternoon that stays free.
    const slotsByDay = new Map<string, Slot[]>()
    for (const slot of await boumerdesSlots()) slotsByDay.set(algiersDay(slot.start), [...(slotsByDay.get(algiersDay(slot.start)) ?? []), slot])
    const [day, before] = [...slotsByDay].reduce((fullest, entry) => (entry[1].length > fullest[1].length ? entry : fullest))
    const first = before[0]!
    const booked = await book(first.start)
    const nextDay = new Intl.DateTimeFormat("en-CA", { timeZone: "UTC" }).format(new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000))

    const created = await adminPost(`/admin/booking/technicians/${sofiane}/time-off`, { starts_at: `${day}T00:00:00+01:00`, ends_at: `${nextDay}T00:00:00+01:00`, reason: "Formation" })
    expect(created.status).toBe(201)
    expect(created.data.time_off).toMatchObject({ reason: "Formation" })
    expect(created.data.visits_inside.map((visit: { id: string }) => visit.id)).toEqual([booked.data.appointment.id])
    expect(await boumerdesSlots(day, day)).toEqual([])
    expect((await adminGet(`/admin/booking/technicians/${sofiane}/time-off`)).data.time_off.map((t: { id: string }) => t.id)).toEqual([created.data.time_off.id])
    expect((await adminGet(`/admin/booking/technicians/${sofiane}`)).data.time_off).toHaveLength(1)

    const refusals = [
      [await adminPost(`/admin/booking/technicians/${sofiane}/time-off`, { starts_at: `${day}T12:00:00+01:00`, ends_at: `${day}T12:00:00+01:00` }), 400, "invalid_request"],
      [await adminPost(`/admin/booking/technicians/${sofiane}/time-off`, { starts_at: `${day}T12:00:00+01:00`, ends_at: `${day}T08:00:00+01:00` }), 400, "invalid_request"],
      [await adminPost(`/admin/booking/technicians/${sofiane}/time-off`, { starts_at: `${day} 08:00`, ends_at: `${day}T12:00:00+01:00` }), 400, "invalid_request"],
      [await adminPost("/admin/booking/technicians/tech_nope/time-off", { starts_at: `${day}T08:00:00+01:00`, ends_at: `${day}T12:00:00+01:00` }), 404, "not_found"],
      [await adminDelete(`/admin/booking/technicians/${technicians["Yacine Hamidi"]}/time-off/${created.data.time_off.id}`), 404, "not_found"],
    ] as const
    for (const [answer, status, code] of refusals) expect([answer.status, answer.data.code]).toEqual([status, code])
    expect((await adminPost(`/admin/booking/technicians/${sofiane}/time-off`, { starts_at: `${day}T08:00:00+01:00`, ends_at: `${day}T12:00:00+01:00` })).data.time_off.id).toBeDefined()

    const deleted = await adminDelete(`/admin/booking/technicians/${sofiane}/time-off/${created.data.time_off.id}`)
    expect(deleted.data).toEqual({ id: created.data.time_off.id, object: "booking_time_off", deleted: true })
    const afterwards = await boumerdesSlots(day, day)
    expect(afterwards.length).toBeGreaterThan(0)
    expect(afterwards.every((slot) => Date.parse(slot.start) >= Date.parse(`${day}T12:00:00+01:00`))).toBe(true)
    expect(afterwards.length).toBeLessThan(before.length)
  })

  it("a closure removes the whole day, one per date; the seed holds the fixed public holidays of 2027 and 2028", async () => {
    const seeded = (await adminGet("/admin/booking/closures")).data.closures.map((closure: { date: string }) => closure.date)
    for (const year of ["2027", "2028"]) {
      for (const date of ["01-01", "01-12", "05-01", "07-05", "11-01"]) expect(seeded).toContain(`${year}-${date}`)
    }
    const [first] = await boumerdesSlots()
    const day = algiersDay(first.start)
    const created = await adminPost("/admin/booking/closures", { date: day, label: "Inventaire" })
    expect(created.status).toBe(201)
    expect(created.data.closure).toMatchObject({ date: day, label: "Inventaire" })
    expect(await boumerdesSlots(day, day)).toEqual([])
    expect(await slotsOf(zones.alger, faults["pas-de-chauffage"], day, day)).toEqual([])
    const refused = await book(first.start)
    expect([refused.status, refused.data.code]).toEqual([400, "slot_not_offered"])

    const refusals = [
      [await adminPost("/admin/booking/closures", { date: day, label: "Encore" }), 409, "closure_date_taken"],
      [await adminPost("/admin/booking/closures", { date: "2027-02-30", label: "Jamais" }), 400, "invalid_request"],
      [await adminPost("/admin/booking/closures", { date: "03/03/2027", label: "Format" }), 400, "invalid_request"],
      [await adminPost("/admin/booking/closures", { date: "2027-03-03" }), 400, "invalid_request"],
      [await adminDelete("/admin/booking/closures/bclo_nope"), 404, "not_found"],
    ] as const
    for (const [answer, status, code] of refusals) expect([answer.status, answer.data.code]).toEqual([status, code])

    const deleted = await adminDelete(`/admin/booking/closures/${created.data.closure.id}`)
    expect(deleted.data.deleted).toBe(true)
    expect((await boumerdesSlots(day, day)).map((slot) => slot.start)).toContain(first.start)
  })
})
