/**
 * Product page: the manufacturer part numbers and the compatible boiler models customers search by.
 * Chips added and removed here are checked as the server checks them (same rules, same messages),
 * then saved together; the shop's search finds the product by them within seconds.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { XMarkMini } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Input, Label, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { checkProductReferences, MODEL_LENGTH, PART_NUMBER_LENGTH, productReferencesOf, type ProductReferences } from "../../lib/catalogue/product-references"

type ListKey = keyof ProductReferences

const LISTS: { key: ListKey; title: string; hint: string; placeholder: string; maxLength: number }[] = [
  {
    key: "part_numbers",
    title: "Références fabricant",
    hint: `${PART_NUMBER_LENGTH.min} à ${PART_NUMBER_LENGTH.max} lettres, chiffres, . - / ou espaces`,
    placeholder: "ex. S1068900 ou 0020-025 741",
    maxLength: PART_NUMBER_LENGTH.max,
  },
  {
    key: "compatible_models",
    title: "Modèles de chaudière compatibles",
    hint: `${MODEL_LENGTH.min} à ${MODEL_LENGTH.max} caractères`,
    placeholder: "ex. Thema Condens F 25",
    maxLength: MODEL_LENGTH.max,
  },
]

const ProductReferencesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [saved, setSaved] = useState<ProductReferences>(() => productReferencesOf(product.metadata))
  const [lists, setLists] = useState<ProductReferences>(saved)
  const [drafts, setDrafts] = useState<Record<ListKey, string>>({ part_numbers: "", compatible_models: "" })
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const changed = JSON.stringify(lists) !== JSON.stringify(saved)

  const add = (key: ListKey) => (event: FormEvent) => {
    event.preventDefault()
    const next = { ...lists, [key]: [...lists[key], drafts[key]] }
    const checked = checkProductReferences(next)
    if (!checked.ok) {
      setProblem(checked.problem.message)
      return
    }
    setProblem(null)
    setLists(checked.value)
    setDrafts({ ...drafts, [key]: "" })
  }

  const remove = (key: ListKey, index: number) => setLists({ ...lists, [key]: lists[key].filter((_, i) => i !== index) })

  const save = async () => {
    setSaving(true)
    try {
      const response = await fetch(`/admin/products/${product.id}/references`, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(lists),
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body.message ?? "Échec de l'enregistrement")
      setSaved(body)
      setLists(body)
      setProblem(null)
      toast.success("Références enregistrées : la recherche de la boutique les trouve dans quelques secondes.")
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">Références et compatibilité</Heading>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={!changed || saving} onClick={() => (setLists(saved), setProblem(null))}>
            Annuler
          </Button>
          <Button size="small" isLoading={saving} disabled={!changed} onClick={save}>
            Enregistrer
          </Button>
        </div>
      </div>
      {LISTS.map(({ key, title, hint, placeholder, maxLength }) => (
        <div key={key} className="flex flex-col gap-y-2 px-6 py-4">
          <Label htmlFor={`references-${key}`} weight="plus">
            {title}
          </Label>
          <div className="flex flex-wrap gap-2">
            {lists[key].length === 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                Aucune pour l'instant.
              </Text>
            )}
            {lists[key].map((value, index) => (
              <Badge key={`${value}-${index}`} size="small" className="flex items-center gap-x-1">
                <span>{value}</span>
                <IconButton size="2xsmall" variant="transparent" aria-label={`Retirer ${value}`} onClick={() => remove(key, index)}>
                  <XMarkMini />
                </IconButton>
              </Badge>
            ))}
          </div>
          <form className="flex gap-x-2" onSubmit={add(key)}>
            <Input
              id={`references-${key}`}
              size="small"
              value={drafts[key]}
              maxLength={maxLength}
              placeholder={placeholder}
              onChange={(event) => setDrafts({ ...drafts, [key]: event.target.value })}
            />
            <Button size="small" variant="secondary" type="submit" disabled={!drafts[key].trim()}>
              Ajouter
            </Button>
          </form>
          <Text size="xsmall" className="text-ui-fg-muted">
            {hint}
          </Text>
        </div>
      ))}
      {problem && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          {problem}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductReferencesWidget
