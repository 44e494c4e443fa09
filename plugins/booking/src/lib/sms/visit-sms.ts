/**
 * The SMS about a repair visit, in French or Arabic: the customer's reminder the day before, and
 * the technician's "new visit / visit reassigned to you / visit taken off you". Times in Algiers,
 * 24-hour, Western digits. Each message has a segment budget: the parts that make it useful are
 * always there, the others are added only while the text stays within it (see fitSms).
 * The French texts use only accents of the GSM-7 alphabet (é, è, à, ù), so they stay GSM-7 (160
 * characters a segment) unless a name or a place brings another character; Arabic is always UCS-2.
 */
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { countSms } from "@mj-chauffage/shop-kernel/sms"
import { SHOP_TIME_ZONE } from "@mj-chauffage/shop-kernel/time"

/** At most this many segments per message (a customer's reminder; a technician's notice). */
export const REMINDER_MAX_SEGMENTS = 2
export const TECHNICIAN_MAX_SEGMENTS = 2

/** A required part, or optional alternatives in order of preference (the first that fits, or none). */
export type SmsPart = string | string[]

/** Joins the parts, keeping each optional part's first alternative that leaves the text within `maxSegments`. */
export function fitSms(maxSegments: number, parts: SmsPart[]): string {
  const required = parts.map((part) => (typeof part === "string" ? part : ""))
  const chosen = [...required]
  parts.forEach((part, index) => {
    if (typeof part === "string") return
    const fitting = part.find((alternative) => {
      const trial = chosen.map((value, at) => (at === index ? alternative : value))
      return countSms(trial.join("")).segments <= maxSegments
    })
    if (fitting !== undefined) chosen[index] = fitting
  })
  return chosen.join("")
}

export type VisitTime = { starts_at: Date | string; ends_at: Date | string }

const formats = {
  weekday: {
    fr: new Intl.DateTimeFormat("fr-DZ", { timeZone: SHOP_TIME_ZONE, weekday: "long" }),
    ar: new Intl.DateTimeFormat("ar-DZ-u-nu-latn", { timeZone: SHOP_TIME_ZONE, weekday: "long" }),
  },
  dayMonth: new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, day: "2-digit", month: "2-digit" }),
  clock: new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
}

/** "jeudi 10/12", "الخميس 10/12"; times "09:00". Numeric dates: a month name ("août") could cost GSM-7. */
function when(visit: VisitTime, locale: ShopLocale) {
  const start = new Date(visit.starts_at)
  const end = new Date(visit.ends_at)
  return {
    day: `${formats.weekday[locale].format(start)} ${formats.dayMonth.format(start)}`,
    from: formats.clock.format(start),
    to: formats.clock.format(end),
  }
}

/**
 * The day-before reminder to the customer. The link to manage the visit is added when it fits the
 * budget (a short link would); otherwise the message points to the e-mail, which carries it.
 */
export function reminderSms(visit: VisitTime & { locale: ShopLocale }, manageUrl?: string): string {
  const { day, from, to } = when(visit, visit.locale)
  const link = manageUrl ? [manageUrl] : []
  if (visit.locale === "ar") {
    return fitSms(REMINDER_MAX_SEGMENTS, [
      `MJ Chauffage: تذكير، يزوركم التقني غدا ${day} بين ${from} و${to}.`,
      [...link.map((url) => ` للتغيير أو الإلغاء: ${url}`), " للتغيير أو الإلغاء: الرابط في بريدكم الإلكتروني."],
    ])
  }
  return fitSms(REMINDER_MAX_SEGMENTS, [
    `MJ Chauffage : rappel, votre technicien passe demain ${day} entre ${from} et ${to}.`,
    [...link.map((url) => ` Voir, déplacer ou annuler : ${url}`), " Pour déplacer ou annuler : le lien est dans notre e-mail."],
  ])
}

export type VisitForTechnician = VisitTime & {
  contact_first_name: string
  contact_last_name: string
  contact_phone: string
  address_1: string
  commune: string
  wilaya_code: string
}

/** `assigned`: a new visit; `reassigned`: the office moved someone else's visit to this technician. */
export type TechnicianNotice = "assigned" | "reassigned"

const TECHNICIAN_WORDS = {
  fr: {
    assigned: (day: string, from: string, to: string, place: string) => `MJ Chauffage : nouvelle visite ${day} de ${from} à ${to}, ${place}.`,
    reassigned: (day: string, from: string, to: string, place: string) => `MJ Chauffage : une visite vous est réassignée, ${day} de ${from} à ${to}, ${place}.`,
    removed: (day: string, from: string, to: string, place: string) => `MJ Chauffage : la visite du ${day} de ${from} à ${to}, ${place}, ne vous est plus confiée.`,
    client: (name: string, phone: string) => ` Client : ${name}, ${phone}.`,
    address: (address: string) => ` Adresse : ${address}.`,
    fault: (label: string) => ` Panne : ${label}.`,
    details: " Détails dans Mes interventions.",
  },
  ar: {
    assigned: (day: string, from: string, to: string, place: string) => `MJ Chauffage: زيارة جديدة ${day} من ${from} إلى ${to}، ${place}.`,
    reassigned: (day: string, from: string, to: string, place: string) => `MJ Chauffage: أسندت إليك زيارة ${day} من ${from} إلى ${to}، ${place}.`,
    removed: (day: string, from: string, to: string, place: string) => `MJ Chauffage: زيارة ${day} من ${from} إلى ${to}، ${place}، لم تعد مسندة إليك.`,
    client: (name: string, phone: string) => ` الزبون: ${name}، ${phone}.`,
    address: (address: string) => ` العنوان: ${address}.`,
    fault: (label: string) => ` العطل: ${label}.`,
    details: " التفاصيل في «تدخلاتي».",
  },
} as const

const place = (visit: VisitForTechnician) => `${visit.commune} (${visit.wilaya_code})`

/** To the technician the visit was given to: when, where, whom to call; the address and fault when they fit. */
export function technicianAssignedSms(notice: TechnicianNotice, visit: VisitForTechnician, faultLabel: string, locale: ShopLocale): string {
  const words = TECHNICIAN_WORDS[locale]
  const { day, from, to } = when(visit, locale)
  return fitSms(TECHNICIAN_MAX_SEGMENTS, [
    words[notice](day, from, to, place(visit)),
    words.client(`${visit.contact_first_name} ${visit.contact_last_name}`, visit.contact_phone),
    [words.address(visit.address_1)],
    [words.fault(faultLabel)],
    [words.details],
  ])
}

/** To the technician a visit was taken from (reassigned to someone else). */
export function technicianUnassignedSms(visit: VisitForTechnician, locale: ShopLocale): string {
  const { day, from, to } = when(visit, locale)
  return TECHNICIAN_WORDS[locale].removed(day, from, to, place(visit))
}
