/**
 * Order page, side column: the order's Chargily checkouts (status, amount, Edahabia or CIB, dates)
 * and what is owed. Chargily has no refund API: a payment `refund_due` is given back from Chargily's
 * dashboard (then marked on the page "Paiements Chargily à rembourser"), and a refund pressed in
 * Medusa's own Refund is only recorded: this panel says so next to it.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"
import type { ChargilyCheckoutStatus, ChargilyPaymentMethod } from "../../lib/chargily/checkout-status"
import type { CardRefundReason } from "../../lib/card/refund-reasons"
import { CHARGILY_METHOD_LABEL, CHARGILY_REFUND_REASON_LABEL, CHARGILY_STATUS_COLOR, CHARGILY_STATUS_LABEL } from "../lib/chargily-words"

type CheckoutRow = {
  id: string
  checkout_id: string | null
  status: ChargilyCheckoutStatus
  amount: number
  payment_method: ChargilyPaymentMethod
  created_at: string
  decided_at: string | null
  refund_reason: CardRefundReason | null
  refunded_at: string | null
  refunded_by_email: string | null
}
type MedusaRefund = { amount: number; created_at: string; created_by_email: string | null }

const when = (at: string) => algiersDateTime(at, "fr", { dateStyle: "short", timeStyle: "short" })

const ChargilyPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [data, setData] = useState<{ checkouts: CheckoutRow[]; medusa_refunds: MedusaRefund[] } | null>(null)
  useEffect(() => {
    adminFetch<{ checkouts: CheckoutRow[]; medusa_refunds: MedusaRefund[] }>(`/admin/chargily/checkouts?order_id=${encodeURIComponent(order.id)}`)
      .then(setData)
      .catch(() => setData(null))
  }, [order.id])
  if (!data?.checkouts.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Paiement Chargily (Edahabia / CIB)</Heading>
      </div>
      {data.checkouts.map((row) => (
        <div key={row.id} className="flex flex-col gap-1 px-6 py-4">
          <div className="flex items-center justify-between gap-2">
            <Text weight="plus">{formatDzd(row.amount, "fr")} · {CHARGILY_METHOD_LABEL[row.payment_method]}</Text>
            <Badge color={CHARGILY_STATUS_COLOR[row.status]}>{CHARGILY_STATUS_LABEL[row.status]}</Badge>
          </div>
          <Text size="small">Paiement Chargily : {row.checkout_id ?? "—"}</Text>
          <Text size="small">Ouvert le {when(row.created_at)}{row.decided_at ? ` · réglé le ${when(row.decided_at)}` : ""}</Text>
          {row.status === "refund_due" ? (
            <Text size="small" className="text-ui-fg-error">
              À rembourser depuis le tableau de bord Chargily{row.refund_reason ? ` : ${CHARGILY_REFUND_REASON_LABEL[row.refund_reason]}` : ""}. Marquez-le ensuite dans « Paiements Chargily à rembourser ».
            </Text>
          ) : null}
          {row.status === "refunded_manually" && row.refunded_at ? (
            <Text size="small">Remboursé depuis le tableau de bord Chargily, enregistré le {when(row.refunded_at)} par {row.refunded_by_email ?? "—"}</Text>
          ) : null}
        </div>
      ))}
      <div className="flex flex-col gap-1 px-6 py-4">
        <Text size="small" weight="plus">Rembourser un paiement Chargily</Text>
        <Text size="small">
          Chargily n'a pas d'API de remboursement : le bouton « Rembourser » de Medusa enregistre seulement le remboursement, aucun argent n'est envoyé. Faites le virement depuis le tableau de bord Chargily.
        </Text>
        {data.medusa_refunds.map((refund) => (
          <Text key={refund.created_at} size="small" className="text-ui-fg-error">
            {formatDzd(refund.amount, "fr")} enregistrés le {when(refund.created_at)} par {refund.created_by_email ?? "—"} : à faire dans le tableau de bord Chargily.
          </Text>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default ChargilyPaymentWidget
