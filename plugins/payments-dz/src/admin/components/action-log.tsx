import { Text } from "@medusajs/ui"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"

/** One line of an order's history: what happened, when, by whom (staff e-mail, or another actor). */
export type ActionLogLine = { id: string; title: string; at: string; by: string | null; note?: string | null }

/** An order panel's history, oldest first, in Algiers time. */
export function ActionLog({ lines, label = "Journal" }: { lines: ActionLogLine[]; label?: string }) {
  if (!lines.length) return null
  return (
    <ol className="flex flex-col gap-y-2 px-6 py-4" aria-label={label}>
      {lines.map((line) => (
        <li key={line.id} className="flex flex-col">
          <Text size="small" weight="plus">
            {line.title}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {algiersDateTime(line.at, "fr", { dateStyle: "short", timeStyle: "short" })} · {line.by ?? "—"}
            {line.note ? ` · ${line.note}` : ""}
          </Text>
        </li>
      ))}
    </ol>
  )
}
