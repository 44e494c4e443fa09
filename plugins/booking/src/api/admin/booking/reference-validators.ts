/**
 * What the office sends from Medusa Admin to manage booking: technicians, zones, fault types, time
 * off and closures. Messages in French (the office works in French); a refusal here is a 400
 * `invalid_request` naming the field.
 */
import { z } from "@medusajs/framework/zod"
import { normalizeAlgerianPhone } from "@mj-chauffage/shop-kernel/phone"
import { HANDLE_PATTERN } from "../../../lib/office/handle"
import { weeklyHoursProblem } from "../../../lib/office/weekly-hours"

const Id = z.string().trim().min(1).max(64)
const Name = z.string().trim().min(2, "au moins 2 caractères").max(120)
const Handle = z.string().regex(HANDLE_PATTERN, "identifiant : minuscules, chiffres et tirets (ex. alger-est)").max(60)
const Skill = z.string().trim().regex(/^[a-z][a-z0-9_-]{0,39}$/, "compétence : un mot en minuscules sans espace (ex. gas, hydraulic)")
/** A day the calendar has (not 2027-02-30). zod also runs this when the pattern failed, so it never throws. */
const isCalendarDate = (date: string) => {
  const time = Date.parse(`${date}T00:00:00Z`)
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === date
}
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "heure au format HH:MM (ex. 08:00)")
const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date au format AAAA-MM-JJ")
  .refine(isCalendarDate, "cette date n'existe pas")
const Instant = z.string().datetime({ offset: true, message: "date et heure ISO 8601 avec fuseau (ex. 2027-03-02T08:00:00+01:00)" })
/** A wilaya code as the territory data writes it; whether it exists is checked against that data. */
const WilayaCode = z.string().regex(/^\d{2}$/, "code de wilaya à deux chiffres (16 pour Alger)")
const CommuneId = z.string().regex(/^\d{1,6}$/, "identifiant de commune des données territoriales")

const unique = <T>(values: T[]) => new Set(values).size === values.length

const Phone = z
  .string()
  .max(40)
  .transform((phone, context) => {
    const normal = normalizeAlgerianPhone(phone)
    if (!normal) context.addIssue({ code: "custom", message: "Numéro de téléphone algérien invalide (ex. 0550 12 34 56 ou 021 23 45 67)" })
    return normal ?? phone
  })

export const WeeklyHours = z
  .array(z.object({ weekday: z.number().int().min(0).max(6), start: Clock, end: Clock }).strict())
  .max(42)
  .superRefine((rules, context) => {
    const problem = weeklyHoursProblem(rules)
    if (problem) context.addIssue({ code: "custom", message: problem })
  })

const technicianFields = {
  name: Name,
  phone: Phone,
  skills: z.array(Skill).max(20).refine(unique, "une compétence est en double"),
  zone_ids: z.array(Id).max(50).refine(unique, "une zone est en double"),
  weekly_hours: WeeklyHours,
  /** The technician's Medusa admin user (their "my visits" login); null unlinks it. */
  user_id: Id.nullable(),
}

export const AdminCreateTechnician = z
  .object({ ...technicianFields, skills: technicianFields.skills.default([]), zone_ids: technicianFields.zone_ids.default([]) })
  .partial({ weekly_hours: true, user_id: true })
  .strict()
export type AdminCreateTechnicianType = z.infer<typeof AdminCreateTechnician>

export const AdminUpdateTechnician = z.object(technicianFields).partial().strict()
export type AdminUpdateTechnicianType = z.infer<typeof AdminUpdateTechnician>

const zoneFields = {
  handle: Handle,
  name_fr: Name,
  name_ar: Name,
  wilaya_codes: z.array(WilayaCode).min(1, "au moins une wilaya").max(69).refine(unique, "une wilaya est en double"),
  /** Only these communes of the wilayas; null (or an empty list): every commune. */
  commune_ids: z
    .array(CommuneId)
    .max(1000)
    .refine(unique, "une commune est en double")
    .nullable()
    .transform((ids) => (ids?.length ? ids : null)),
}

export const AdminCreateZone = z.object(zoneFields).partial({ handle: true, commune_ids: true }).strict()
export type AdminCreateZoneType = z.infer<typeof AdminCreateZone>

export const AdminUpdateZone = z.object(zoneFields).omit({ handle: true }).partial().strict()
export type AdminUpdateZoneType = z.infer<typeof AdminUpdateZone>

const faultTypeFields = {
  handle: Handle,
  label_fr: Name,
  label_ar: Name,
  duration_minutes: z.number().int("durée en minutes entières").min(15, "au moins 15 minutes").max(480, "au plus 8 heures"),
  visit_fee: z.number().int("frais de visite en dinars entiers").min(0).max(1_000_000),
  required_skill: Skill,
  urgency: z.enum(["normal", "urgent"]),
}

export const AdminCreateFaultType = z
  .object({ ...faultTypeFields, urgency: faultTypeFields.urgency.default("normal") })
  .partial({ handle: true })
  .strict()
export type AdminCreateFaultTypeType = z.infer<typeof AdminCreateFaultType>

export const AdminUpdateFaultType = z.object(faultTypeFields).omit({ handle: true }).partial().strict()
export type AdminUpdateFaultTypeType = z.infer<typeof AdminUpdateFaultType>

export const AdminCreateTimeOff = z
  .object({ starts_at: Instant, ends_at: Instant, reason: z.string().trim().max(200).nullable().optional() })
  .strict()
  .refine((range) => Date.parse(range.ends_at) > Date.parse(range.starts_at), { message: "la fin doit être après le début", path: ["ends_at"] })
  .refine((range) => Date.parse(range.ends_at) - Date.parse(range.starts_at) <= 366 * 86_400_000, { message: "une absence dure au plus un an", path: ["ends_at"] })
export type AdminCreateTimeOffType = z.infer<typeof AdminCreateTimeOff>

export const AdminCreateClosure = z.object({ date: LocalDate, label: z.string().trim().min(2).max(120) }).strict()
export type AdminCreateClosureType = z.infer<typeof AdminCreateClosure>
