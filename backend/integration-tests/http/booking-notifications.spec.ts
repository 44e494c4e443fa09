/**
 * Visit notifications on the real app: the day-before reminder job (two runs at once, as two
 * workers would) sends each confirmed visit of the next Algiers day exactly one e-mail and one
 * SMS, in its language; a booked visit sends its technician an SMS, and a reassignment tells both
 * technicians. E-mail reaches the real SMTP provider through an in-process sink; SMS the
 * development provider, which writes files (helpers/sms-files.ts reads them).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { remindTomorrowsVisits } from "@mj-chauffage/booking/jobs/remind-tomorrows-visits"
import { TECHNICIAN_EVENTS } from "@mj-chauffage/booking/lib/events/appointment-events"
import { algiersDate, settle, slotsApart } from "../helpers/booking-fixture"
import { useMailSink } from "../helpers/mail-sink"
import { shopSuite } from "../helpers/shop-suite"
import { readSmsFiles, smsMatching } from "../helpers/sms-files"

jest.setTimeout(240_000)

const mailSink = useMailSink()

/** The calendar day before an Algiers date (YYYY-MM-DD). */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

shopSuite(({ api, getContainer, dbConnection, shop, smsDir }) => {
  const { headers } = shop
  let zones: Record<string, string>
  let faultId: string

  beforeAll(async () => {
    zones = Object.fromEntries((await api.get("/store/booking/zones", { headers })).data.zones.map((z: { handle: string; id: string }) => [z.handle, z.id]))
    faultId = (await api.get("/store/booking/fault-types", { headers })).data.fault_types.find((f: { handle: string }) => f.handle === "pas-de-chauffage").id
  })

  const slotsOn = async (zone: string, date: string) =>
    (await api.get(`/store/booking/slots?zone_id=${zones[zone]}&fault_type_id=${faultId}&from=${date}&to=${date}`, { headers })).data.slots as Array<{ start: string; end: string }>

  /** The first working day from tomorrow on (the week runs Sunday to Thursday) with `count` slots apart in Algiers. */
  async function nextDayWithSlots(count: number, after = 0): Promise<{ date: string; slots: Array<{ start: string }> }> {
    for (let days = after + 1; days <= after + 8; days++) {
      const date = algiersDate(days)
      const slots = slotsApart(await slotsOn("alger", date), count)
      if (slots.length >= count) return { date, slots }
    }
    throw new Error("no day with free slots in the next week")
  }

  /** Mails to `email` whose subject matches, once there are `count` (the subscribers send them after the answer). */
  const mailsTo = (email: string, subject: RegExp, count = 1) =>
    mailSink.mailsMatching((mail) => Boolean(mail.to && !Array.isArray(mail.to) && mail.to.text === email && subject.test(mail.subject ?? "")), count)

  /**
   * Books a visit, then waits for what its booking sends (the customer's e-mail, the technician's
   * SMS), so that no subscriber is still writing when the test ends.
   */
  async function book(startsAt: string, who: { last_name: string; phone: string; email: string }, locale: "fr" | "ar", zone = "alger") {
    const booked = await bookOnly(startsAt, who, locale, zone)
    await mailsTo(who.email, /confirmé|تم تأكيد/)
    await smsMatching(smsDir, (sms) => sms.template === "technician-visit-assigned" && sms.text.includes(`Client ${who.last_name},`))
    return booked
  }

  const bookOnly = async (startsAt: string, who: { last_name: string; phone: string; email: string }, locale: "fr" | "ar", zone: string) =>
    (
      await api.post(
        "/store/booking/appointments",
        {
          zone_id: zones[zone],
          fault_type_id: faultId,
          starts_at: startsAt,
          contact: { first_name: "Client", ...who },
          address: zone === "alger" ? { address_1: "3 rue Larbi Ben M'hidi", commune: "Alger Centre", wilaya_code: "16" } : { address_1: "5 cité 800 logements", commune: "Boumerdes", wilaya_code: "35" },
          description: "La chaudière ne démarre plus.",
          locale,
        },
        { headers }
      )
    ).data as { appointment: { id: string; technician_id: string; contact_phone: string }; manage_token: string }

  it("reminds each confirmed visit of the next Algiers day once, by e-mail and SMS, with two job runs at once", async () => {
    const { date, slots } = await nextDayWithSlots(3)
    const french = await book(slots[0].start, { last_name: "Rappel-Fr", phone: "0550 11 22 01", email: "rappel-fr@example.dz" }, "fr")
    const arabic = await book(slots[1].start, { last_name: "Rappel-Ar", phone: "0550 11 22 02", email: "rappel-ar@example.dz" }, "ar")
    const cancelled = await book(slots[2].start, { last_name: "Annule", phone: "0550 11 22 03", email: "annule@example.dz" }, "fr")
    const cancel = await settle(api.post(`/store/booking/appointments/${cancelled.appointment.id}/cancel?token=${cancelled.manage_token}`, { reason: "Plus besoin" }, { headers }))
    expect(cancel.status).toBe(200)
    await mailsTo("annule@example.dz", /annulé/)
    const later = await nextDayWithSlots(1, Math.round((Date.parse(`${date}T12:00:00Z`) - Date.parse(`${algiersDate(0)}T12:00:00Z`)) / 86_400_000))
    const nextDay = await book(later.slots[0].start, { last_name: "Surlendemain", phone: "0550 11 22 04", email: "surlendemain@example.dz" }, "fr")

    // The hour the job runs at: 18:00 in Algiers (17:00 UTC) the day before the visits.
    const scheduledFor = new Date(`${dayBefore(date)}T17:00:00Z`)
    const container = getContainer() as unknown as MedusaContainer
    const reports = await Promise.all([remindTomorrowsVisits(container, scheduledFor), remindTomorrowsVisits(container, scheduledFor)])
    // Each run saw at most the two visits (a run that reads after the other's claims sees fewer: timing,
    // not a fault); each visit was claimed, and sent, by one run only. The claim race itself, forced, is
    // the next test's 20 simultaneous claims.
    for (const report of reports) expect(report.candidates).toBeLessThanOrEqual(2)
    expect(Math.max(...reports.map((report) => report.candidates))).toBe(2)
    expect(reports[0].reminded + reports[1].reminded).toBe(2)
    expect(reports[0].failed + reports[1].failed).toBe(0)
    // A run later in the evening finds nothing left to send.
    expect(await remindTomorrowsVisits(container, new Date(scheduledFor.getTime() + 3600_000))).toEqual({ candidates: 0, reminded: 0, failed: 0 })

    // The job has returned: every reminder it sent is in the sink already.
    const reminderMails = (await mailSink.mailsMatching(() => true, 0)).filter((mail) => /^Rappel|^تذكير/.test(mail.subject ?? ""))
    const remindersTo = (email: string) => reminderMails.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === email)
    expect(remindersTo("rappel-fr@example.dz").map((mail) => mail.subject)).toEqual(["Rappel : votre rendez-vous de dépannage est demain"])
    expect(remindersTo("rappel-ar@example.dz").map((mail) => mail.subject)).toEqual(["تذكير: موعد الإصلاح غدا"])
    expect(remindersTo("annule@example.dz")).toHaveLength(0)
    expect(remindersTo("surlendemain@example.dz")).toHaveLength(0)
    expect(remindersTo("rappel-fr@example.dz")[0].text).toContain(`/fr/reparation/rendez-vous/${french.appointment.id}?token=`)

    const reminderSms = readSmsFiles(smsDir).filter((sms) => sms.template === "appointment-reminder")
    const smsTo = (phone: string) => reminderSms.filter((sms) => sms.to === phone)
    expect(smsTo("+213550112201")).toEqual([expect.objectContaining({ encoding: "GSM-7", segments: 1, text: expect.stringMatching(/^MJ Chauffage : rappel, votre technicien passe demain \S+ \d\d\/\d\d entre \d\d:\d\d et \d\d:\d\d\./) })])
    expect(smsTo("+213550112202")).toEqual([expect.objectContaining({ encoding: "UCS-2", segments: 2, text: expect.stringMatching(/^MJ Chauffage: تذكير، يزوركم التقني غدا/) })])
    expect(smsTo("+213550112203")).toHaveLength(0)
    expect(smsTo("+213550112204")).toHaveLength(0)

    const rows = await dbConnection.raw(`SELECT id, reminded_at FROM appointment WHERE id IN (?, ?, ?, ?)`, [french.appointment.id, arabic.appointment.id, cancelled.appointment.id, nextDay.appointment.id])
    const remindedAt = Object.fromEntries(rows.rows.map((row: { id: string; reminded_at: Date | null }) => [row.id, row.reminded_at]))
    expect(remindedAt[french.appointment.id]).not.toBeNull()
    expect(remindedAt[arabic.appointment.id]).not.toBeNull()
    expect(remindedAt[cancelled.appointment.id]).toBeNull()
    expect(remindedAt[nextDay.appointment.id]).toBeNull()
  })

  it("lets exactly one of twenty simultaneous claims of a visit's reminder through", async () => {
    const { date, slots } = await nextDayWithSlots(1)
    const visit = await book(slots[0].start, { last_name: "Course", phone: "0550 11 22 07", email: "course@example.dz" }, "fr")
    const booking = getContainer().resolve("booking") as { claimReminder(id: string, window: object): Promise<boolean> }
    const window = { visit_day: date, starts_from: new Date(`${dayBefore(date)}T23:00:00Z`), starts_before: new Date(`${date}T23:00:00Z`) }
    const claims = await Promise.all(Array.from({ length: 20 }, () => booking.claimReminder(visit.appointment.id, window)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    // Outside its window (another day) a visit cannot be claimed at all.
    const rows = await dbConnection.raw(`UPDATE appointment SET reminded_at = NULL WHERE id = ? RETURNING id`, [visit.appointment.id])
    expect(rows.rows).toHaveLength(1)
    const otherDay = { ...window, starts_from: new Date(window.starts_before), starts_before: new Date(window.starts_before.getTime() + 86_400_000) }
    expect(await booking.claimReminder(visit.appointment.id, otherDay)).toBe(false)
  })

  it("does nothing outside the reminder hours", async () => {
    const { date, slots } = await nextDayWithSlots(1)
    const visit = await book(slots[0].start, { last_name: "Midi", phone: "0550 11 22 05", email: "midi@example.dz" }, "fr")
    // 12:00 in Algiers the day before: too early.
    await remindTomorrowsVisits(getContainer() as unknown as MedusaContainer, new Date(`${dayBefore(date)}T11:00:00Z`))
    const rows = await dbConnection.raw(`SELECT reminded_at FROM appointment WHERE id = ?`, [visit.appointment.id])
    expect(rows.rows[0].reminded_at).toBeNull()
    expect(readSmsFiles(smsDir).filter((sms) => sms.template === "appointment-reminder" && sms.to === "+213550112205")).toHaveLength(0)
  })

  it("sends the technician an SMS when a visit is booked for them, and both technicians one on a reassignment", async () => {
    const booking = getContainer().resolve("booking") as { listTechnicians(filters: object): Promise<Array<{ id: string; name: string; phone: string }>> }
    const technicians = await booking.listTechnicians({})
    // Boumerdès has a single technician.
    const [slot] = await slotsOn("boumerdes", (await nextDayWithSlots(1)).date)
    const visit = await book(slot.start, { last_name: "Technicien", phone: "0550 11 22 06", email: "technicien@example.dz" }, "ar", "boumerdes")
    const assignee = technicians.find((technician) => technician.id === visit.appointment.technician_id)!

    const [assigned] = await smsMatching(smsDir, (sms) => sms.template === "technician-visit-assigned" && sms.text.includes("Client Technicien,"))
    expect(assigned.to).toBe(assignee.phone)
    expect(assigned.text).toMatch(/^MJ Chauffage : nouvelle visite \S+ \d\d\/\d\d de \d\d:\d\d à \d\d:\d\d, Boumerdes \(35\)\. Client : Client Technicien, \+213550112206\./)
    expect(assigned.segments).toBeLessThanOrEqual(2)

    // The office's reassignment event: the new technician is told, and the one it was taken from.
    const other = technicians.find((technician) => technician.id !== assignee.id)!
    await getContainer().resolve(Modules.EVENT_BUS).emit({ name: TECHNICIAN_EVENTS.assigned, data: { id: visit.appointment.id, technician_id: other.id, previous_technician_id: assignee.id } })
    const [reassigned] = await smsMatching(smsDir, (sms) => sms.template === "technician-visit-assigned" && sms.to === other.phone && sms.text.includes("Client Technicien"))
    expect(reassigned.text).toMatch(/^MJ Chauffage : une visite vous est réassignée, /)
    const [removed] = await smsMatching(smsDir, (sms) => sms.template === "technician-visit-unassigned" && sms.to === assignee.phone)
    expect(removed.text).toMatch(/^MJ Chauffage : la visite du \S+ \d\d\/\d\d de \d\d:\d\d à \d\d:\d\d, Boumerdes \(35\), ne vous est plus confiée\.$/)
  })
})
