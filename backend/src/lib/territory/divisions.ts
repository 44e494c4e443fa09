/**
 * Administrative divisions of Algeria with effective dates: Loi 26-06 creates wilayas 59–69 on
 * 1 January 2027 and moves communes to them, so every wilaya and commune may carry `valid_from`
 * and `valid_until` (local dates in Africa/Algiers, `valid_until` exclusive). Pure functions.
 */
export type Wilaya = {
  code: string
  name_fr: string
  name_ar: string
  valid_from?: string | null
  valid_until?: string | null
}

export type Commune = {
  id: string
  wilaya_code: string
  name_fr: string
  name_ar: string
  postal_code: string | null
  daira_fr?: string | null
  daira_ar?: string | null
  valid_from?: string | null
  valid_until?: string | null
}

type Dated = { valid_from?: string | null; valid_until?: string | null }


export const inEffect = (record: Dated, date: string) =>
  (!record.valid_from || record.valid_from <= date) && (!record.valid_until || date < record.valid_until)

export function wilayasOn<T extends Wilaya>(wilayas: T[], date: string): T[] {
  return wilayas.filter((wilaya) => inEffect(wilaya, date)).sort((a, b) => a.code.localeCompare(b.code))
}

export function communesOn<T extends Commune>(communes: T[], wilayaCode: string, date: string): T[] {
  return communes
    .filter((commune) => commune.wilaya_code === wilayaCode && inEffect(commune, date))
    .sort((a, b) => a.name_fr.localeCompare(b.name_fr, "fr"))
}
