/** A select of the 58 wilayas ("16 Alger"), with an optional note after each name. */
import { Select } from "@medusajs/ui"
import type { Wilaya } from "../../lib/delivery-api"

type Props = {
  wilayas: Wilaya[]
  value: string
  onChange: (code: string) => void
  label: string
  size?: "small" | "base"
  note?: (wilaya: Wilaya) => string
}

export function WilayaSelect({ wilayas, value, onChange, label, size, note }: Props) {
  return (
    <Select size={size} value={value} onValueChange={onChange}>
      <Select.Trigger aria-label={label}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {wilayas.map((wilaya) => (
          <Select.Item key={wilaya.code} value={wilaya.code}>
            {wilaya.code} {wilaya.name_fr}
            {note ? ` ${note(wilaya)}` : ""}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
