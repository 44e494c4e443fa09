/** Pick the parts used from the catalogue: search by part number or name, choose the variant, set the quantity. */
import { Button, Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { dinars } from "../../lib/visit-format"

export type PickedPart = { variant_id: string; label: string; unit_price: number; quantity: number }

type ProductHit = {
  id: string
  title: string
  variants: Array<{ id: string; sku: string | null; title: string | null; prices?: Array<{ amount: number; currency_code: string }> }>
}

const priceOf = (variant: ProductHit["variants"][number]) => variant.prices?.find((price) => price.currency_code === "dzd")?.amount ?? 0

export function PartPicker({ parts, onChange }: { parts: PickedPart[]; onChange: (parts: PickedPart[]) => void }) {
  const [term, setTerm] = useState("")
  const [hits, setHits] = useState<ProductHit[]>([])

  useEffect(() => {
    if (term.trim().length < 2) return setHits([])
    const timer = setTimeout(() => {
      adminFetch<{ products: ProductHit[] }>(`/admin/products?q=${encodeURIComponent(term.trim())}&limit=8&fields=id,title,variants.id,variants.sku,variants.title,variants.prices.amount,variants.prices.currency_code`)
        .then((answer) => setHits(answer.products))
        .catch(() => setHits([]))
    }, 250)
    return () => clearTimeout(timer)
  }, [term])

  const add = (product: ProductHit, variant: ProductHit["variants"][number]) => {
    const existing = parts.find((part) => part.variant_id === variant.id)
    const label = [variant.sku, product.title, variant.title && variant.title !== "Default variant" ? variant.title : null].filter(Boolean).join(" · ")
    onChange(existing ? parts.map((part) => (part === existing ? { ...part, quantity: part.quantity + 1 } : part)) : [...parts, { variant_id: variant.id, label, unit_price: priceOf(variant), quantity: 1 }])
    setTerm("")
  }

  return (
    <div className="flex flex-col gap-y-2">
      {parts.map((part) => (
        <div key={part.variant_id} className="flex items-center gap-x-2">
          <Text size="small" className="min-w-0 flex-1 truncate">
            {part.label} · {dinars(part.unit_price)}
          </Text>
          <Input
            aria-label={`Quantité ${part.label}`}
            type="number"
            min={1}
            max={100}
            className="w-16"
            value={part.quantity}
            onChange={(event) => onChange(parts.map((other) => (other === part ? { ...part, quantity: Math.max(1, Number(event.target.value) || 1) } : other)))}
          />
          <Button type="button" size="small" variant="transparent" onClick={() => onChange(parts.filter((other) => other !== part))} aria-label={`Retirer ${part.label}`}>
            ✕
          </Button>
        </div>
      ))}
      <Input type="search" placeholder="Référence ou nom de la pièce" value={term} onChange={(event) => setTerm(event.target.value)} aria-label="Chercher une pièce" />
      {hits.flatMap((product) =>
        product.variants.map((variant) => (
          <button key={variant.id} type="button" className="rounded border border-ui-border-base px-2 py-2 text-left txt-compact-small hover:bg-ui-bg-base-hover" onClick={() => add(product, variant)}>
            {[variant.sku, product.title, variant.title && variant.title !== "Default variant" ? variant.title : null].filter(Boolean).join(" · ")} · {dinars(priceOf(variant))}
          </button>
        ))
      )}
    </div>
  )
}
