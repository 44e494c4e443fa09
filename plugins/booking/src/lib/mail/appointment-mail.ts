/**
 * The e-mails a customer gets about a repair visit — booked, moved, cancelled, reminded the day before — in French or
 * Arabic, with the visit's time in Algiers, the address, and the link to manage it.
 */
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { VISIT_CHANGE_NOTICE_HOURS } from "@mj-chauffage/shop-kernel/visit-change"
import { SHOP_TIME_ZONE } from "@mj-chauffage/shop-kernel/time"

export type AppointmentMailKind = "booked" | "rescheduled" | "cancelled" | "reminder"

export type AppointmentForMail = {
  locale: ShopLocale
  starts_at: Date | string
  ends_at: Date | string
  contact_first_name: string
  address_1: string
  commune: string
  wilaya_code: string
  cancellation_reason?: string | null
}

export type FaultForMail = { label_fr: string; label_ar: string; visit_fee: number }

const WORDS = {
  fr: {
    subject: {
      booked: "Votre rendez-vous de dépannage est confirmé",
      rescheduled: "Votre rendez-vous de dépannage a été déplacé",
      cancelled: "Votre rendez-vous de dépannage est annulé",
      reminder: "Rappel : votre rendez-vous de dépannage est demain",
    },
    hello: (name: string) => `Bonjour ${name},`,
    intro: {
      booked: "Un technicien MJ Chauffage viendra chez vous :",
      rescheduled: "Votre visite a été déplacée. Nouvelle date :",
      cancelled: "La visite suivante est annulée :",
      reminder: "Rappel : un technicien MJ Chauffage viendra chez vous demain :",
    },
    when: "Date",
    between: (from: string, to: string) => `de ${from} à ${to}`,
    where: "Adresse",
    fault: "Panne",
    fee: (amount: string) => `Frais de déplacement : ${amount}, payés au technicien.`,
    reason: "Raison",
    manage: "Voir, déplacer ou annuler le rendez-vous",
    calendar: "Le rendez-vous est joint à ce message pour votre agenda.",
    rule: `Un changement reste possible jusqu'à ${VISIT_CHANGE_NOTICE_HOURS} heures avant la visite.`,
  },
  ar: {
    subject: { booked: "تم تأكيد موعد الإصلاح", rescheduled: "تم تغيير موعد الإصلاح", cancelled: "تم إلغاء موعد الإصلاح", reminder: "تذكير: موعد الإصلاح غدا" },
    hello: (name: string) => `مرحبا ${name}،`,
    intro: {
      booked: "سيأتي تقني من MJ Chauffage إلى منزلك:",
      rescheduled: "تم تغيير موعد زيارتك. الموعد الجديد:",
      cancelled: "تم إلغاء الزيارة التالية:",
      reminder: "تذكير: سيأتي تقني من MJ Chauffage إلى منزلك غدا:",
    },
    when: "التاريخ",
    between: (from: string, to: string) => `من ${from} إلى ${to}`,
    where: "العنوان",
    fault: "العطل",
    fee: (amount: string) => `مصاريف التنقل: ${amount}، تدفع للتقني.`,
    reason: "السبب",
    manage: "عرض الموعد أو تغييره أو إلغاؤه",
    calendar: "الموعد مرفق بهذه الرسالة لإضافته إلى مفكرتك.",
    rule: `يمكن التغيير حتى ${VISIT_CHANGE_NOTICE_HOURS === 2 ? "ساعتين" : `${VISIT_CHANGE_NOTICE_HOURS} ساعات`} قبل الزيارة.`,
  },
} as const

/** Dates in Algiers time, Western digits in both languages (as Algerian shops write them). */
function dateFormats(locale: ShopLocale) {
  const tag = locale === "ar" ? "ar-DZ-u-nu-latn" : "fr-DZ"
  return {
    day: new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" }),
    time: new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false }),
  }
}

export function appointmentMail(kind: AppointmentMailKind, appointment: AppointmentForMail, fault: FaultForMail, manageUrl: string): RenderedMail {
  const locale = appointment.locale
  const words = WORDS[locale]
  const { day, time } = dateFormats(locale)
  const start = new Date(appointment.starts_at)
  const end = new Date(appointment.ends_at)
  const details = [
    `${words.when} : ${day.format(start)}, ${words.between(time.format(start), time.format(end))}`,
    `${words.where} : ${appointment.address_1}, ${appointment.commune} (${appointment.wilaya_code})`,
    `${words.fault} : ${locale === "ar" ? fault.label_ar : fault.label_fr}`,
  ]
  const blocks = [
    { lines: [words.hello(appointment.contact_first_name), words.intro[kind]] },
    { lines: details },
    ...(kind === "cancelled"
      ? appointment.cancellation_reason
        ? [{ lines: [`${words.reason} : ${appointment.cancellation_reason}`] }]
        : []
      : [
          {
            lines: [
              words.fee(formatDzd(fault.visit_fee, locale)),
              // The reminder carries no calendar file: the booking e-mail did.
              ...(kind === "reminder" ? [] : [words.calendar]),
              words.rule,
              { text: words.manage, href: manageUrl },
            ],
          },
        ]),
  ]
  return renderMail(locale, words.subject[kind], blocks)
}
