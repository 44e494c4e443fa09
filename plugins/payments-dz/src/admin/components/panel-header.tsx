import { Badge, Heading } from "@medusajs/ui"

type BadgeColor = "grey" | "blue" | "orange" | "green" | "red" | "purple"

/** An order panel's title and where the order stands, as a coloured badge. */
export function PanelHeader({ title, status, color }: { title: string; status: string; color: BadgeColor }) {
  return (
    <div className="flex items-center justify-between gap-2 px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <Badge color={color}>{status}</Badge>
    </div>
  )
}
