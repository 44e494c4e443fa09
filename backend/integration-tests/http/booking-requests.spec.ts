/**
 * What happens around a booking on real PostgreSQL: Idempotency-Key (a retry gets the first answer,
 * a reused key is refused, simultaneous retries book once), the e-mails the customer gets (French
 * or Arabic, .ics invitation REQUEST or CANCEL, the signed manage link) through the real SMTP
 * provider into an in-process sink, and the office taking back a cancellation (409 once the time
 * was given to someone else, by the EXCLUDE constraint).
 */
import { adminHeaders } from "../helpers/admin-headers"
import { algiersDate, settle } from "../helpers/booking-fixture"
import { useMailSink } from "../helpers/mail-sink"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(240_000)

const mail = useMailSink({ MAIL_FROM: "MJ Chauffage <rendez-vous@mj-chauffage.dz>" })

/** Every message sent to `to`, oldest first, once there are `count`. */
const mailsTo = (to: string, count: number) => mail.mailsMatching((parsed) => !!parsed.to && JSON.stringify(parsed.to).includes(to), count)

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  let zone: string
  let fault: string

  beforeAll(async () => {
    zone = (await api.get("/store/booking/zones", { headers })).data.zones.find((z: { handle: string }) => z.handle === "alger").id
    fault = (await api.get("/store/booking/fault-types", { headers })).data.fault_types.find((f: { handle: string }) => f.handle === "pas-d-eau-chaude").id
  })

  const offered = async (days = 1) =>
    (await api.get(`/store/booking/slots?zone_id=${zone}&fault_type_id=${fault}&from=${algiersDate(days)}&to=${algiersDate(days + 6)}`, { headers })).data
      .slots as Array<{ start: string }>

  const request = (startsAt: string, email: string, overrides: Record<string, unknown> = {}) => ({
    zone_id: zone,
    fault_type_id: fault,
    starts_at: startsAt,
    contact: { first_name: "Yacine", last_name: "Mansouri", phone: "0661 23 45 67", email },
    address: { address_1: "7 rue Hassiba Ben Bouali", commune: "Sidi M'Hamed", wilaya_code: "16" },
    description: "Plus d'eau chaude depuis hier soir.",
    ...overrides,
  })

  const countFor = async (email: string) =>
    (await getContainer().resolve<{ listAppointments(f: object): Promise<unknown[]> }>("booking").listAppointments({ contact_email: email })).length

  it("answers a retry with the same Idempotency-Key with the first answer, and books once", async () => {
    const [slot] = await offered()
    const body = request(slot.start, "retry@example.dz")
    const key = { ...headers, "Idempotency-Key": "0b5c7d1e-9f2a-4c3b-8d6e-1a2b3c4d5e6f" }
    const first = await api.post("/store/booking/appointments", body, { headers: key })
    const again = await api.post("/store/booking/appointments", body, { headers: key })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.headers["idempotent-replayed"]).toBe("true")
    expect(again.data.appointment.id).toBe(first.data.appointment.id)
    expect(again.data.manage_token).toBe(first.data.manage_token)
    expect(await countFor("retry@example.dz")).toBe(1)

    const reused = await settle(api.post("/store/booking/appointments", { ...body, description: "Autre demande" }, { headers: key }))
    expect(reused.status).toBe(409)
    expect(reused.data.code).toBe("idempotency_key_reused")
    const badKey = await settle(api.post("/store/booking/appointments", body, { headers: { ...headers, "Idempotency-Key": "x" } }))
    expect(badKey.status).toBe(400)
    expect(badKey.data.message).toContain("Idempotency-Key")
  })

  it("books once when ten retries with one key arrive together, with no 5xx", async () => {
    const slots = await offered(2)
    const body = request(slots[slots.length - 1].start, "together@example.dz")
    const key = { ...headers, "Idempotency-Key": "together-0001-abcd" }
    const answers = await Promise.all(Array.from({ length: 10 }, () => settle(api.post("/store/booking/appointments", body, { headers: key }))))
    const statuses = answers.map((answer) => answer.status)
    expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 409).map((answer) => answer.data)).toEqual([])
    expect(statuses).toContain(201)
    for (const answer of answers.filter((a) => a.status === 409)) expect(answer.data.code).toBe("idempotency_request_in_progress")
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.data.appointment.id)).size).toBe(1)
    expect(await countFor("together@example.dz")).toBe(1)
  })

  it("a key left in progress by a process that died does not block its retry for a day", async () => {
    const slots = await offered(4)
    const body = request(slots[0].start, "crashed@example.dz")
    const key = "crashed-process-0001"
    const booking = getContainer().resolve<{ createBookingRequests(data: object): Promise<{ id: string }> }>("booking")
    // What a process leaves when it dies after claiming the key: no answer. Just claimed, it still stands...
    const claim = await booking.createBookingRequests({ idempotency_key: key, request_hash: "claimed-by-a-dead-process" })
    const early = await settle(api.post("/store/booking/appointments", body, { headers: { ...headers, "Idempotency-Key": key } }))
    expect(early.status).toBe(409)
    expect(early.data.code).toBe("idempotency_key_reused")
    // ...three minutes later it is abandoned: the retry books.
    const knex = getContainer().resolve("__pg_connection__") as unknown as (table: string) => { where(filter: object): { update(values: object): Promise<number> } }
    await knex("booking_request").where({ id: claim.id }).update({ created_at: new Date(Date.now() - 3 * 60_000) })
    const retry = await settle(api.post("/store/booking/appointments", body, { headers: { ...headers, "Idempotency-Key": key } }))
    expect(retry.status).toBe(201)
    expect(await countFor("crashed@example.dz")).toBe(1)
    const replay = await settle(api.post("/store/booking/appointments", body, { headers: { ...headers, "Idempotency-Key": key } }))
    expect(replay.data.appointment.id).toBe(retry.data.appointment.id)
  })

  it("e-mails the booking with its .ics invitation and manage link, then the cancellation", async () => {
    const [slot] = await offered(3)
    const email = "mail.fr@example.dz"
    const { data } = await api.post("/store/booking/appointments", request(slot.start, email), { headers })
    const [booked] = await mailsTo(email, 1)
    expect(booked.subject).toBe("Votre rendez-vous de dépannage est confirmé")
    expect(booked.text).toContain("Un technicien MJ Chauffage viendra chez vous")
    expect(booked.text).toContain(`https://mj-chauffage.dz/fr/reparation/rendez-vous/${data.appointment.id}?token=`)
    const invitation = booked.attachments.find((attachment) => attachment.filename?.endsWith(".ics"))!
    expect(invitation.contentType).toBe("text/calendar")
    // The calendar file itself is checked with ical.js in the plugin's tests; here, what the invitation says.
    const calendar = invitation.content.toString("utf8")
    expect(calendar).toMatch(/^METHOD:REQUEST\r$/m)
    expect(calendar).toMatch(new RegExp(`^UID:${data.appointment.id}@mj-chauffage\\.dz\r$`, "m"))
    expect(calendar).toMatch(/^SEQUENCE:0\r$/m)

    // The link in the e-mail opens the visit.
    const link = new URL(/https:\/\/mj-chauffage\.dz\/\S+/.exec(booked.text!)![0])
    const opened = await api.get(`/store/booking/appointments/${data.appointment.id}?token=${link.searchParams.get("token")}`, { headers })
    expect(opened.data.appointment.id).toBe(data.appointment.id)

    await api.post(`/store/booking/appointments/${data.appointment.id}/cancel`, { reason: "Réparé par un voisin" }, { headers: { ...headers, "x-appointment-token": data.manage_token } })
    const [, cancelled] = await mailsTo(email, 2)
    expect(cancelled.subject).toBe("Votre rendez-vous de dépannage est annulé")
    expect(cancelled.text).toContain("Raison : Réparé par un voisin")
    const cancelCalendar = cancelled.attachments[0].content.toString("utf8")
    expect(cancelCalendar).toMatch(/^METHOD:CANCEL\r$/m)
    expect(cancelCalendar).toMatch(/^STATUS:CANCELLED\r$/m)
    expect(cancelCalendar).toMatch(/^SEQUENCE:1\r$/m)
  })

  it("writes to an Arabic-speaking customer in Arabic, right to left", async () => {
    const [slot] = await offered(4)
    const email = "mail.ar@example.dz"
    await api.post("/store/booking/appointments", request(slot.start, email, { locale: "ar" }), { headers })
    const [booked] = await mailsTo(email, 1)
    expect(booked.subject).toBe("تم تأكيد موعد الإصلاح")
    expect(booked.html).toContain('dir="rtl"')
    expect(booked.text).toContain("لا يوجد ماء ساخن")
    expect(booked.text).toContain("https://mj-chauffage.dz/ar/reparation/rendez-vous/")
  })

  it("lets the office take back a cancellation, unless the time was given away meanwhile (409)", async () => {
    const admin = await adminHeaders(getContainer())
    const [slot] = await offered(5)
    const first = (await api.post("/store/booking/appointments", request(slot.start, "restore@example.dz"), { headers })).data
    const token = { ...headers, "x-appointment-token": first.manage_token }
    await api.post(`/store/booking/appointments/${first.appointment.id}/cancel`, { reason: "Empêchement" }, { headers: token })
    const restored = await api.post(`/admin/booking/appointments/${first.appointment.id}/restore`, {}, { headers: admin })
    expect(restored.data.appointment).toMatchObject({ status: "confirmed", cancellation_reason: null, sequence: 2 })

    // Cancelled again, and the same time booked by someone else (same technician: the zone's least loaded).
    await api.post(`/store/booking/appointments/${first.appointment.id}/cancel`, { reason: "Empêchement" }, { headers: token })
    const technicians = new Set<string>()
    for (let attempt = 0; attempt < 6; attempt++) {
      const answer = await settle(api.post("/store/booking/appointments", request(slot.start, `other${attempt}@example.dz`), { headers }))
      if (answer.status !== 201) break
      technicians.add(answer.data.appointment.technician_id)
      if (technicians.has(first.appointment.technician_id)) break
    }
    expect(technicians.has(first.appointment.technician_id)).toBe(true)
    const refused = await settle(api.post(`/admin/booking/appointments/${first.appointment.id}/restore`, {}, { headers: admin }))
    expect(refused.status).toBe(409)
    expect(refused.data.code).toBe("slot_unavailable")
    const [row] = await getContainer().resolve<{ listAppointments(f: object): Promise<{ status: string }[]> }>("booking").listAppointments({ id: first.appointment.id })
    expect(row.status).toBe("cancelled")
    const unknown = await settle(api.post("/admin/booking/appointments/appt_01UNKNOWN0000000000000000/restore", {}, { headers: admin }))
    expect(unknown.status).toBe(404)
  })
})
