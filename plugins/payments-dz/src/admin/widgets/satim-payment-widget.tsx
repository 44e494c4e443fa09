/**
 * Order page, side column: the order's card payments through SATIM (CIB / Edahabia) — SATIM's
 * transaction id, our order number, approval code, card, amount, what was refunded, and why an
 * attempt failed. Refunds are made with the order's own "Refund" action, which calls SATIM.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type SatimRefund = { amount: number; created_at: string; created_by: string | null }

type SatimPaymentRow = {
  id: string
  status: string
  order_number: string
  satim_order_id: string | null
  approval_code: string | null
  card: string | null
  amount: number
  paid_at: string | null
  failure: string | null
  created_at: string
}

const STATUS_COLOR: Record<string, "green" | "red" | "orange" | "grey"> = {
  paid: "green",
  refunded: "orange",
  declined: "red",
  rejected: "red",
  mismatch: "red",
  register_failed: "grey",
  awaiting_card: "grey",
}

const dinars = (amount: number) => `${new Intl.NumberFormat("fr-DZ").format(amount)} DA`

const SatimPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [rows, setRows] = useState<SatimPaymentRow[] | null>(null)
  const [refunds, setRefunds] = useState<SatimRefund[]>([])
  useEffect(() => {
    void fetch(`/admin/satim/payments?order_id=${encodeURIComponent(order.id)}`, { credentials: "include" })
      .then((response) => (response.ok ? response.json() : { payments: [], refunds: [] }))
      .then((body: { payments: SatimPaymentRow[]; refunds: SatimRefund[] }) => {
        setRows(body.payments)
        setRefunds(body.refunds)
      })
  }, [order.id])
  if (!rows?.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Paiement par carte (SATIM)</Heading>
      </div>
      {rows.map((row) => (
        <div key={row.id} className="flex flex-col gap-1 px-6 py-4">
          <div className="flex items-center justify-between">
            <Text weight="plus">N° {row.order_number}</Text>
            <Badge color={STATUS_COLOR[row.status] ?? "grey"}>{row.status}</Badge>
          </div>
          <Text size="small">Transaction SATIM : {row.satim_order_id ?? "—"}</Text>
          <Text size="small">Autorisation : {row.approval_code ?? "—"} · Carte : {row.card ?? "—"}</Text>
          <Text size="small">Montant : {dinars(row.amount)}</Text>
          {row.paid_at ? <Text size="small">Payé le {new Date(row.paid_at).toLocaleString("fr-DZ", { timeZone: "Africa/Algiers" })}</Text> : null}
          {row.failure ? <Text size="small">{row.failure}</Text> : null}
        </div>
      ))}
      {refunds.length ? (
        <div className="flex flex-col gap-1 px-6 py-4">
          <Text weight="plus">Remboursements</Text>
          {refunds.map((refund) => (
            <Text key={refund.created_at} size="small">
              {dinars(refund.amount)} le {new Date(refund.created_at).toLocaleString("fr-DZ", { timeZone: "Africa/Algiers" })} par {refund.created_by ?? "—"}
            </Text>
          ))}
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default SatimPaymentWidget
