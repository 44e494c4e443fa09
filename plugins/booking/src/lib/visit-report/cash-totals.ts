import { localParts } from "../availability/time"

type Report = { technician_id: string; created_at: Date | string; amount_collected: number; expected_amount: number; reconciled_at?: Date | string | null }

export type CashTotal = { technician_id: string; date: string; visits: number; collected: number; expected: number; unreconciled: number }

/** Cash per technician per Algiers day: what they collected, what the reports say was owed, what the office has not checked in yet. */
export function cashTotals(reports: Report[]): CashTotal[] {
  const totals = new Map<string, CashTotal>()
  for (const report of reports) {
    const date = localParts(new Date(report.created_at).getTime()).date
    const key = `${report.technician_id} ${date}`
    const total = totals.get(key) ?? { technician_id: report.technician_id, date, visits: 0, collected: 0, expected: 0, unreconciled: 0 }
    total.visits += 1
    total.collected += report.amount_collected
    total.expected += report.expected_amount
    if (!report.reconciled_at) total.unreconciled += report.amount_collected
    totals.set(key, total)
  }
  return [...totals.values()].sort((a, b) => b.date.localeCompare(a.date) || a.technician_id.localeCompare(b.technician_id))
}
