/**
 * The day-before reminder: every hour (Medusa's cron runs in server time, UTC; Algiers is UTC+1 all
 * year, so an hourly run needs no conversion; reminder-timing.ts), and only during the reminder hours in Algiers, each
 * confirmed visit of the next Algiers day is reminded once, by e-mail and by SMS, in its language.
 * Once even with several workers: a visit is sent only by whoever claims it (one conditional UPDATE
 * of reminded_at, BookingModuleService.claimReminder). A send that fails gives the claim back, so
 * the next run within the hours tries again; the notification module's idempotency keys keep
 * whatever already went out from going twice.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { appointmentMail } from "../lib/mail/appointment-mail"
import { manageAppointmentUrl } from "../lib/mail/manage-link"
import { reminderTiming, type ReminderTiming } from "../lib/reminders/reminder-timing"
import { remindableVisitsFilter, reminderWindow } from "../lib/reminders/reminder-window"
import { sendVisitSms } from "../lib/sms/send-sms"
import { reminderSms } from "../lib/sms/visit-sms"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

export const REMINDER_TEMPLATE = "appointment-reminder"

export type ReminderReport = { candidates: number; reminded: number; failed: number }

/** Read once per process, when Medusa loads the job (reminder-timing.ts: hourly in the shop). */
const TIMING: ReminderTiming = reminderTiming(process.env)

export async function remindTomorrowsVisits(container: MedusaContainer, now: Date, hours = TIMING.hours): Promise<ReminderReport> {
  const report: ReminderReport = { candidates: 0, reminded: 0, failed: 0 }
  const window = reminderWindow(now, hours)
  if (!window) return report
  const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const candidates = await booking.listAppointments(remindableVisitsFilter(window), { select: ["id"], order: { starts_at: "ASC" } })
  report.candidates = candidates.length
  for (const { id } of candidates) {
    if (!(await booking.claimReminder(id, window))) continue
    try {
      await sendReminder(container, booking, id)
      report.reminded++
    } catch (error) {
      report.failed++
      await booking.releaseReminder(id)
      logger.warn(`Reminder of visit ${id} not sent, tried again next hour: ${(error as Error).message}`)
    }
  }
  if (report.reminded || report.failed) logger.info(`Visit reminders for ${window.visit_day}: ${JSON.stringify(report)}`)
  return report
}

async function sendReminder(container: MedusaContainer, booking: BookingModuleService, id: string) {
  const appointment = await booking.retrieveAppointment(id)
  const [fault] = await booking.listFaultTypes({ id: appointment.fault_type_id })
  if (!fault) throw new Error(`fault type ${appointment.fault_type_id} not found`)
  const manageUrl = manageAppointmentUrl(appointment)
  // Keyed by the visit's SEQUENCE: a visit moved after its reminder is reminded again for its new date.
  const key = `${REMINDER_TEMPLATE}-${appointment.id}-${appointment.sequence}`
  const sends = await Promise.allSettled([
    notifyOnce(container.resolve(Modules.NOTIFICATION), {
      to: appointment.contact_email,
      channel: "email",
      template: REMINDER_TEMPLATE,
      content: appointmentMail("reminder", appointment, fault, manageUrl),
      resource_type: "appointment",
      resource_id: appointment.id,
      idempotency_key: `${key}-email`,
    }),
    sendVisitSms(container, {
      to: appointment.contact_phone,
      text: reminderSms(appointment, manageUrl),
      template: REMINDER_TEMPLATE,
      appointment_id: appointment.id,
      idempotency_key: `${key}-sms`,
    }),
  ])
  const failures = sends.flatMap((send) => (send.status === "rejected" ? [(send.reason as Error).message] : []))
  if (failures.length) throw new Error(failures.join("; "))
}

/**
 * Acts for the hour it runs in, by the clock. Not Medusa's `scheduledFor`: with the Redis workflow
 * engine that is when BullMQ queued the run (job.timestamp), i.e. when the previous run started, an
 * hour early: the 18:00 run acted as 17:00 and sent nothing, and the 21:00 one still sent.
 */
export default async function remindTomorrowsVisitsJob(container: MedusaContainer): Promise<ReminderReport> {
  return remindTomorrowsVisits(container, new Date())
}

export const config = { name: "booking-remind-tomorrows-visits", schedule: TIMING.schedule }
