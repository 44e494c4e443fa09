/**
 * Order page, side column: the order's invoice and credit notes (number, date, amount TTC), each
 * downloadable as a PDF in French or in Arabic. Issued by the shop on payment and on each refund;
 * nothing to do here but download.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"

type Document = { id: string; number: string; kind: "invoice" | "credit_note"; credits_number: string | null; issued_at: string; total_ttc: number }

function OrderInvoicesWidget({ data: order }: DetailWidgetProps<AdminOrder>) {
  const [documents, setDocuments] = useState<Document[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    void fetch(`/admin/invoices?order_id=${encodeURIComponent(order.id)}`, { credentials: "include" })
      .then(async (response) => {
        if (!response.ok) throw new Error(`Erreur ${response.status}`)
        setDocuments(((await response.json()) as { invoices: Document[] }).invoices)
      })
      .catch((error: Error) => setFailure(`Factures illisibles : ${error.message}`))
  }, [order.id])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Factures et avoirs</Heading>
      </div>
      <div className="flex flex-col gap-3 px-6 py-4">
        {failure ? <Text size="small">{failure}</Text> : null}
        {documents?.length === 0 ? <Text size="small">Aucune facture : elle est émise quand le paiement est encaissé.</Text> : null}
        {documents?.map((document) => (
          <div key={document.id} className="flex flex-col gap-1">
            <div className="flex items-center justify-between gap-2">
              <Text size="small" weight="plus">
                {document.kind === "invoice" ? "Facture" : "Avoir"} {document.number}
              </Text>
              <Badge size="2xsmall" color={document.kind === "invoice" ? "green" : "orange"}>
                {formatDzd(document.total_ttc / 100, "fr")} TTC
              </Badge>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {algiersDateTime(document.issued_at, "fr")}
              {document.credits_number ? ` · sur la facture ${document.credits_number}` : ""}
            </Text>
            <div className="flex gap-3">
              <a className="txt-compact-small text-ui-fg-interactive hover:underline" href={`/admin/invoices/${document.id}/pdf?lang=fr`} download>
                PDF en français
              </a>
              <a className="txt-compact-small text-ui-fg-interactive hover:underline" href={`/admin/invoices/${document.id}/pdf?lang=ar`} download>
                PDF en arabe
              </a>
            </div>
          </div>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderInvoicesWidget
