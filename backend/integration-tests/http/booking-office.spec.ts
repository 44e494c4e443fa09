/**
 * Booking for the office and the technicians, through the admin API on real PostgreSQL: a visit
 * taken by phone, the planning board, reassignment (409 when the technician is taken, nothing
 * moves), the technician's own visits only (another's → 404), the day's statuses, and "done" with
 * parts used: one report and one stock movement even when "done" is sent twice at once.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { staffUser, adminHeaders } from "../helpers/admin-headers"
import { algiersDate, settle } from "../helpers/booking-fixture"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(240_000)

type Headers = Record<string, string>

shopSuite(({ api, getContainer, shop }) => {
  let office: Headers
  const technicians: Record<string, { id: string; headers: Headers }> = {}
  let zones: Record<string, string>
  let faults: Record<string, { id: string; visit_fee: number }>

  beforeAll(async () => {
    const container = getContainer()
    office = await adminHeaders(container, "planning@mj-chauffage.dz")
    zones = Object.fromEntries((await api.get("/store/booking/zones", { headers: shop.headers })).data.zones.map((z: { handle: string; id: string }) => [z.handle, z.id]))
    faults = Object.fromEntries(
      (await api.get("/store/booking/fault-types", { headers: shop.headers })).data.fault_types.map((f: { handle: string; id: string; visit_fee: number }) => [f.handle, f])
    )
    // Two seeded technicians of the Algiers zone get their own admin logins.
    const booking = container.resolve("booking") as { listTechnicians(filters: object): Promise<Array<{ id: string; name: string }>> }
    const link = container.resolve(ContainerRegistrationKeys.LINK) as { create(data: object): Promise<unknown> }
    for (const [key, name] of [["sofiane", "Sofiane Belkacem"], ["yacine", "Yacine Hamidi"]] as const) {
      const [technician] = await booking.listTechnicians({ name })
      const user = await staffUser(container, `${key}@mj-chauffage.dz`)
      await link.create({ booking: { technician_id: technician!.id }, [Modules.USER]: { user_id: user.userId } })
      technicians[key] = { id: technician!.id, headers: user.headers }
    }
  })

  /** The first free slot, by the office's rules, that `technician` can take in the coming days. */
  const freeSlot = async (technician: string, skip = 0, fault = "pas-de-chauffage") => {
    const { data } = await api.get(
      `/admin/booking/slots?zone_id=${zones.alger}&fault_type_id=${faults[fault]!.id}&from=${algiersDate(2)}&to=${algiersDate(9)}&technician_id=${technicians[technician]!.id}`,
      { headers: office }
    )
    expect(data.slots.length).toBeGreaterThan(skip)
    return data.slots[skip] as { start: string; end: string; technician_id: string }
  }

  const phoneVisit = (startsAt: string, technician?: string, email = "appel@example.dz") =>
    settle(
      api.post(
        "/admin/booking/appointments",
        {
          zone_id: zones.alger,
          fault_type_id: faults["pas-de-chauffage"]!.id,
          starts_at: startsAt,
          ...(technician ? { technician_id: technicians[technician]!.id } : {}),
          contact: { first_name: "Karim", last_name: "Zerrouki", phone: "0661 22 33 44", email },
          address: { address_1: "12 rue Didouche Mourad", commune: "Alger Centre", wilaya_code: "16" },
          description: "Chaudière en panne, appel au bureau.",
          boiler_brand: "Chaffoteaux",
        },
        { headers: office }
      )
    )

  it("takes a visit by phone on the technician chosen, shows it on the planning, and moves it to another technician", async () => {
    const slot = await freeSlot("yacine")
    const created = await phoneVisit(slot.start, "yacine")
    expect(created.status).toBe(201)
    expect(created.data.appointment).toMatchObject({ source: "phone", technician_id: technicians.yacine!.id, status: "confirmed" })
    const visitId = created.data.appointment.id

    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(slot.start))
    const { data: planning } = await api.get(`/admin/booking/planning?from=${day}&days=1&zone_id=${zones.alger}`, { headers: office })
    expect(planning.technicians.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([technicians.yacine!.id, technicians.sofiane!.id]))
    expect(planning.visits.find((v: { id: string }) => v.id === visitId)).toMatchObject({ technician_name: "Yacine Hamidi", fault: { label_fr: "Pas de chauffage" } })

    const moved = await settle(api.post(`/admin/booking/appointments/${visitId}/assign`, { technician_id: technicians.sofiane!.id }, { headers: office }))
    expect(moved.status).toBe(200)
    expect(moved.data.appointment).toMatchObject({ technician_id: technicians.sofiane!.id, starts_at: slot.start })

    // Yacine's next visit blocks the time: giving him the first visit then is refused, and nothing moves.
    const other = await freeSlot("yacine", 4)
    expect((await phoneVisit(other.start, "yacine", "autre@example.dz")).status).toBe(201)
    const refused = await settle(api.post(`/admin/booking/appointments/${visitId}/assign`, { technician_id: technicians.yacine!.id, starts_at: other.start }, { headers: office }))
    expect(refused.status).toBe(409)
    expect(refused.data.code).toBe("slot_unavailable")
    const { data: after } = await api.get(`/admin/booking/appointments/${visitId}`, { headers: office })
    expect(after.visit).toMatchObject({ technician_id: technicians.sofiane!.id, starts_at: slot.start })
    expect(after.visit.history.map((entry: { action: string }) => entry.action)).toEqual(["booked", "assigned"])
  })

  it("shows a technician only their own visits, in the API and in their calendar feed: another's is not found", async () => {
    const slot = await freeSlot("sofiane", 8)
    const sofianes = (await phoneVisit(slot.start, "sofiane", "isole@example.dz")).data.appointment.id
    const mine = await api.get("/admin/booking/my-visits", { headers: technicians.sofiane!.headers })
    expect(mine.data.visits.map((v: { id: string }) => v.id)).toContain(sofianes)
    const yacines = await api.get("/admin/booking/my-visits", { headers: technicians.yacine!.headers })
    expect(yacines.data.visits.every((v: { technician_id: string }) => v.technician_id === technicians.yacine!.id)).toBe(true)
    expect(yacines.data.visits.map((v: { id: string }) => v.id)).not.toContain(sofianes)

    const asYacine = { headers: technicians.yacine!.headers }
    // Each refusal is caught as it is sent: a 404 left unawaited while another is read is an unhandled rejection.
    for (const attempt of [
      settle(api.get(`/admin/booking/my-visits/${sofianes}`, asYacine)),
      settle(api.post(`/admin/booking/my-visits/${sofianes}/status`, { status: "en_route" }, asYacine)),
      settle(api.post(`/admin/booking/my-visits/${sofianes}/done`, { summary: "Rien", amount_collected: 0 }, asYacine)),
    ]) {
      const answer = await attempt
      expect([answer.status, answer.data.code]).toEqual([404, "appointment_not_found"])
    }
    // Each technician's calendar feed holds their visits only; a new address retires the old one.
    const feedOf = async (technician: string) => (await api.post("/admin/booking/my-visits/calendar-feed", {}, { headers: technicians[technician]!.headers })).data.path as string
    const yacinesFeed = await feedOf("yacine")
    expect(yacinesFeed).toMatch(/^\/calendar\/technicians\/[A-Za-z0-9_-]{32}\.ics$/)
    const calendar = await api.get(yacinesFeed)
    expect(calendar.headers["content-type"]).toMatch(/^text\/calendar/)
    expect(calendar.data).toContain("BEGIN:VCALENDAR")
    expect(calendar.data).not.toContain(sofianes)
    const sofianesFeed = await feedOf("sofiane")
    expect((await api.get(sofianesFeed)).data).toContain(`${sofianes}@mj-chauffage.dz`)
    await feedOf("sofiane")
    expect((await settle(api.get(sofianesFeed))).status).toBe(404)
    await api.delete("/admin/booking/my-visits/calendar-feed", { headers: technicians.yacine!.headers })
    expect((await settle(api.get(yacinesFeed))).status).toBe(404)
    expect((await settle(api.get("/calendar/technicians/not-a-token.ics"))).status).toBe(404)

    // The office is no technician: "Mes interventions" is not theirs.
    const officeAnswer = await settle(api.get("/admin/booking/my-visits", { headers: office }))
    expect([officeAnswer.status, officeAnswer.data.code]).toEqual([403, "not_a_technician"])
  })

  it("follows the visit's day and counts the parts used once when 'done' is sent twice at once", async () => {
    const container = getContainer()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await api.get(`/store/products?limit=1&region_id=${shop.regionId}&fields=*variants.calculated_price`, { headers: shop.headers })
    const variant = products.products[0].variants[0]
    const stockOf = async () => {
      const { data } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory.location_levels.stocked_quantity"], filters: { id: variant.id } })
      return (data[0] as any).inventory_items[0].inventory.location_levels.reduce((sum: number, level: { stocked_quantity: number }) => sum + level.stocked_quantity, 0) // eslint-disable-line @typescript-eslint/no-explicit-any
    }
    const stockBefore = await stockOf()

    const slot = await freeSlot("sofiane", 12)
    const visitId = (await phoneVisit(slot.start, "sofiane", "pieces@example.dz")).data.appointment.id
    const as = { headers: technicians.sofiane!.headers }
    const step = (status: string) => settle(api.post(`/admin/booking/my-visits/${visitId}/status`, { status }, as))
    const early = await settle(api.post(`/admin/booking/my-visits/${visitId}/done`, { summary: "Trop tôt", amount_collected: 0 }, as))
    expect([early.status, early.data.code]).toEqual([400, "visit_status_not_allowed"])
    expect((await step("en_route")).status).toBe(200)
    expect((await step("in_progress")).status).toBe(200)
    const backwards = await step("en_route")
    expect([backwards.status, backwards.data.code]).toEqual([400, "visit_status_not_allowed"])

    const report = { summary: "Thermocouple changé, pression remise à 1,5 bar.", parts: [{ variant_id: variant.id, quantity: 2 }], amount_collected: 9000 }
    const answers = await Promise.all([0, 1].map(() => settle(api.post(`/admin/booking/my-visits/${visitId}/done`, report, as))))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect(answers.find((answer) => answer.status === 409)!.data.code).toBe("visit_already_done")
    expect(await stockOf()).toBe(stockBefore - 2)

    const { data: done } = await api.get(`/admin/booking/my-visits/${visitId}`, as)
    expect(done.visit.status).toBe("done")
    expect(done.visit.report).toMatchObject({
      amount_collected: 9000,
      expected_amount: faults["pas-de-chauffage"]!.visit_fee + 2 * variant.calculated_price.calculated_amount,
      parts: [expect.objectContaining({ variant_id: variant.id, quantity: 2 })],
    })
    expect(done.visit.history.map((entry: { to?: string }) => entry.to).filter(Boolean)).toEqual(expect.arrayContaining(["en_route", "in_progress", "done"]))

    // The office sees it to check the cash in, once.
    const { data: open } = await api.get("/admin/booking/visit-reports?reconciled=false", { headers: office })
    const reportId = open.reports.find((r: { appointment_id: string }) => r.appointment_id === visitId).id
    expect(open.totals.find((t: { technician_id: string }) => t.technician_id === technicians.sofiane!.id)).toMatchObject({ technician_name: "Sofiane Belkacem" })
    expect((await api.post(`/admin/booking/visit-reports/${reportId}/reconcile`, {}, { headers: office })).data.report.reconciled_at).toBeTruthy()
    const { data: stillOpen } = await api.get("/admin/booking/visit-reports?reconciled=false", { headers: office })
    expect(stillOpen.reports.map((r: { id: string }) => r.id)).not.toContain(reportId)
  })

  it("lets the office cancel with a reason at any time and take it back, and never set 'done' without a report", async () => {
    const slot = await freeSlot("yacine", 10)
    const visit = (await phoneVisit(slot.start, "yacine", "annule@example.dz")).data.appointment
    const noReason = await settle(api.post(`/admin/booking/appointments/${visit.id}/cancel`, { reason: "" }, { headers: office }))
    expect(noReason.status).toBe(400)
    const cancelled = await api.post(`/admin/booking/appointments/${visit.id}/cancel`, { reason: "Le client a réparé lui-même" }, { headers: office })
    expect(cancelled.data.appointment).toMatchObject({ status: "cancelled", cancellation_reason: "Le client a réparé lui-même" })
    expect((await api.post(`/admin/booking/appointments/${visit.id}/restore`, {}, { headers: office })).data.appointment.status).toBe("confirmed")
    const onlyOffice = await settle(api.post(`/admin/booking/appointments/${visit.id}/status`, { status: "done" }, { headers: office }))
    expect(onlyOffice.status).toBe(400)
  })

  it("sees a change of hours made by any writer at the next slot query (the reference data's fingerprint)", async () => {
    const booking = getContainer().resolve("booking") as { retrieveTechnician(id: string): Promise<{ weekly_hours: unknown }>; updateTechnicians(data: object): Promise<unknown> }
    const { weekly_hours } = await booking.retrieveTechnician(technicians.yacine!.id)
    const slotsOfYacine = async () =>
      (await api.get(`/admin/booking/slots?zone_id=${zones.alger}&fault_type_id=${faults["pas-de-chauffage"]!.id}&from=${algiersDate(2)}&to=${algiersDate(9)}&technician_id=${technicians.yacine!.id}`, { headers: office })).data.slots.length
    expect(await slotsOfYacine()).toBeGreaterThan(0)
    // Written straight through the module, as a script or another server would: no workflow, no event.
    await booking.updateTechnicians({ id: technicians.yacine!.id, weekly_hours: [] })
    expect(await slotsOfYacine()).toBe(0)
    await booking.updateTechnicians({ id: technicians.yacine!.id, weekly_hours })
    expect(await slotsOfYacine()).toBeGreaterThan(0)
  })
})
