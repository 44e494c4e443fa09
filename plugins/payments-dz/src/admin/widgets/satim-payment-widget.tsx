/**
 * Order page, side column: the order's card payments through SATIM (CIB / Edahabia) — SATIM's
 * transaction id, our order number, approval code, card, amount, what was refunded, and why an
 * attempt failed — and a refund form (full or partial) that refunds through Medusa, which calls SATIM's
 * refund.do and records the amount, time and admin user (listed below it).
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Text, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import type { SatimPaymentStatus } from "../../lib/satim/payment-status"
import type { CardRefundReason } from "../../lib/card/refund-reasons"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"

type SatimRefund = { amount: number; created_at: string; created_by: string | null; created_by_email: string | null }
type CardPayment = { id: string; captured: number; refunded: number; refundable: number }

type SatimPaymentRow = {
  id: string
  status: SatimPaymentStatus
  order_number: string
  satim_order_id: string | null
  approval_code: string | null
  card: string | null
  amount: number
  paid_at: string | null
  failure: string | null
  refund_reason?: CardRefundReason | null
  created_at: string
}

const STATUS_COLOR: Record<SatimPaymentStatus, "green" | "red" | "orange" | "grey"> = {
  paid: "green",
  refunded: "orange",
  declined: "red",
  rejected: "red",
  mismatch: "red",
  register_failed: "grey",
  awaiting_card: "grey",
  superseded: "grey",
  registering: "grey",
}

/** The office reads the admin in French. */
const STATUS_LABEL: Record<SatimPaymentStatus, string> = {
  registering: "Enregistrement",
  register_failed: "Non ouvert",
  awaiting_card: "Page de paiement ouverte",
  superseded: "Remplacé par une autre page",
  paid: "Payé",
  declined: "Refusé",
  rejected: "Rejeté",
  mismatch: "À vérifier",
  refunded: "Remboursé",
}

/** Why the shop gave a card payment back by itself (the customer got an e-mail saying the same). */
const REFUND_REASON_LABEL: Record<CardRefundReason, string> = {
  no_order: "Remboursé automatiquement : une pièce n'était plus en stock, aucune commande passée.",
  already_ordered: "Remboursé automatiquement : second paiement d'une commande déjà payée (autre page de paiement ou paiement à la livraison).",
  replaced: "Remboursé automatiquement : page de paiement remplacée par une autre ou autre mode de paiement choisi.",
}

const dinars = (amount: number) => formatDzd(amount, "fr")

/** Refunds part or all of the captured card payment, after a confirmation; tells why Medusa or SATIM refused. */
function RefundForm({ payment, onRefunded }: { payment: CardPayment; onRefunded: () => void }) {
  const prompt = usePrompt()
  const [amount, setAmount] = useState("")
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  if (payment.refundable <= 0) return <Text size="small">Paiement entièrement remboursé.</Text>

  const refund = async () => {
    const value = Number(amount.replace(/\s/g, "").replace(",", "."))
    if (!Number.isFinite(value) || value <= 0) return setMessage("Indiquez un montant en dinars, par exemple 1500.")
    if (Math.round(value * 100) !== value * 100) return setMessage("Un montant a au plus deux décimales (centimes).")
    if (value > payment.refundable) return setMessage(`Au plus ${dinars(payment.refundable)} restent à rembourser.`)
    const confirmed = await prompt({
      title: "Rembourser le client ?",
      description: `${dinars(value)} seront rendus sur la carte CIB / Edahabia du client par la SATIM. Cette opération ne peut pas être annulée.`,
      confirmText: "Rembourser",
      cancelText: "Annuler",
    })
    if (!confirmed) return
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/admin/payments/${payment.id}/refund`, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ amount: value }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string }
        return setMessage(body.message ?? `Remboursement refusé (${response.status}).`)
      }
      setAmount("")
      setMessage(`${dinars(value)} remboursés.`)
      onRefunded()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        void refund()
      }}
    >
      <Label htmlFor="satim-refund-amount" size="small">
        Rembourser (au plus {dinars(payment.refundable)})
      </Label>
      <div className="flex gap-2">
        <Input id="satim-refund-amount" inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} placeholder={String(payment.refundable)} />
        <Button type="submit" variant="secondary" isLoading={busy}>
          Rembourser
        </Button>
      </div>
      {message ? (
        <Text size="small" role="status">
          {message}
        </Text>
      ) : null}
    </form>
  )
}

const SatimPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [rows, setRows] = useState<SatimPaymentRow[] | null>(null)
  const [refunds, setRefunds] = useState<SatimRefund[]>([])
  const [cardPayment, setCardPayment] = useState<CardPayment | null>(null)
  const load = useCallback(() => {
    void fetch(`/admin/satim/payments?order_id=${encodeURIComponent(order.id)}`, { credentials: "include" })
      .then((response) => (response.ok ? response.json() : { payments: [], refunds: [], card_payment: null }))
      .then((body: { payments: SatimPaymentRow[]; refunds: SatimRefund[]; card_payment: CardPayment | null }) => {
        setRows(body.payments)
        setRefunds(body.refunds)
        setCardPayment(body.card_payment)
      })
  }, [order.id])
  useEffect(load, [load])
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
            <Badge color={STATUS_COLOR[row.status]}>{STATUS_LABEL[row.status]}</Badge>
          </div>
          <Text size="small">Transaction SATIM : {row.satim_order_id ?? "—"}</Text>
          <Text size="small">Autorisation : {row.approval_code ?? "—"} · Carte : {row.card ?? "—"}</Text>
          <Text size="small">Montant : {dinars(row.amount)}</Text>
          {row.paid_at ? <Text size="small">Payé le {algiersDateTime(row.paid_at, "fr", { dateStyle: "short", timeStyle: "short" })}</Text> : null}
          {/* The shop's own refund and a replaced page are said in French above; SATIM's diagnostics otherwise. */}
          {row.refund_reason ? <Text size="small">{REFUND_REASON_LABEL[row.refund_reason]}</Text> : row.status !== "superseded" && row.failure ? <Text size="small">{row.failure}</Text> : null}
        </div>
      ))}
      {refunds.length ? (
        <div className="flex flex-col gap-1 px-6 py-4">
          <Text weight="plus">Remboursements</Text>
          {refunds.map((refund) => (
            <Text key={refund.created_at} size="small">
              {dinars(refund.amount)} le {algiersDateTime(refund.created_at, "fr", { dateStyle: "short", timeStyle: "short" })} par {refund.created_by_email ?? refund.created_by ?? "—"}
            </Text>
          ))}
        </div>
      ) : null}
      {cardPayment ? (
        <div className="px-6 py-4">
          <RefundForm payment={cardPayment} onRefunded={load} />
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default SatimPaymentWidget
