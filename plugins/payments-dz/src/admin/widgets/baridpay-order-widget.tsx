/**
 * Order page, side column: the BaridPay payment of the order — the reference the customer must
 * write, the BaridiMob transaction reference they sent — and the office's decision once the
 * transfer is checked on the CCP account: "Paiement reçu" (captured: the invoice follows, the
 * customer sees PAID) or "Paiement non reçu" (the order is cancelled, stock released).
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Text, toast, usePrompt } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"
import type { BaridpayStatus } from "../../lib/baridpay/life-cycle"

type BaridpayOrderView = {
  status: BaridpayStatus
  amount: number
  payment_reference: string
  transaction_reference: string | null
  submitted_at: string | null
  paid: boolean
  allowed_actions: Array<"confirm" | "reject">
  decided_at: string | null
  decided_by_email: string | null
  expired_at: string | null
  reason: string | null
}

const STATUS_LABEL: Record<BaridpayStatus, string> = {
  awaiting_reference: "En attente de la référence du client",
  submitted: "Référence reçue — à vérifier",
  confirmed: "Payée — réception confirmée",
  rejected: "Paiement non reçu — annulée",
  expired: "Jamais payée — annulée",
}
const STATUS_COLOR: Record<BaridpayStatus, "grey" | "orange" | "green" | "red"> = {
  awaiting_reference: "grey",
  submitted: "orange",
  confirmed: "green",
  rejected: "red",
  expired: "red",
}

const dinars = (amount: number) => formatDzd(amount, "fr")
const when = (date: string) => algiersDateTime(date, "fr", { dateStyle: "short", timeStyle: "short" })

/** Posts one decision; the refusal's message (French, for the office) in a toast when Medusa says no. */
async function decide(orderId: string, path: "confirm" | "reject", body: object): Promise<boolean> {
  const response = await fetch(`/admin/baridpay-orders/${orderId}/${path}`, {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  if (response.ok) return true
  const answer = (await response.json().catch(() => ({}))) as { message?: string }
  toast.error(answer.message ?? `Action refusée (${response.status}).`)
  return false
}

function DecisionForm({ orderId, view, onDone }: { orderId: string; view: BaridpayOrderView; onDone: () => void }) {
  const prompt = usePrompt()
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    const yes = await prompt({
      title: "Paiement reçu ?",
      description: `Confirmez seulement si ${dinars(view.amount)} sont arrivés sur le compte CCP avec la référence ${view.payment_reference}. La facture est émise et le client voit la commande payée.`,
      confirmText: "Paiement reçu",
      cancelText: "Annuler",
    })
    if (!yes) return
    setBusy(true)
    const ok = await decide(orderId, "confirm", {})
    setBusy(false)
    if (ok) {
      toast.success("Paiement confirmé et encaissé.")
      onDone()
    }
  }
  const reject = async (event: FormEvent) => {
    event.preventDefault()
    const yes = await prompt({
      title: "Paiement non reçu ?",
      description: "La commande est annulée, les pièces reviennent en stock et le client est prévenu par e-mail.",
      confirmText: "Annuler la commande",
      cancelText: "Retour",
    })
    if (!yes) return
    setBusy(true)
    const ok = await decide(orderId, "reject", { reason })
    setBusy(false)
    if (ok) {
      toast.success("Commande annulée.")
      onDone()
    }
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Button onClick={() => void confirm()} isLoading={busy}>
        Paiement reçu ({dinars(view.amount)})
      </Button>
      <form className="flex flex-col gap-2" onSubmit={reject}>
        <Input aria-label="Pourquoi le paiement est refusé" placeholder="Raison (ex. aucun virement reçu)" value={reason} onChange={(e) => setReason(e.target.value)} />
        <Button type="submit" variant="danger" isLoading={busy} disabled={reason.trim().length < 3}>
          Paiement non reçu
        </Button>
      </form>
    </div>
  )
}

const BaridpayOrderWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [view, setView] = useState<BaridpayOrderView | null>(null)
  const load = useCallback(() => {
    void fetch(`/admin/baridpay-orders/${encodeURIComponent(order.id)}`, { credentials: "include" })
      .then((response) => (response.ok ? response.json() : { baridpay_order: null }))
      .then((answer: { baridpay_order: BaridpayOrderView | null }) => setView(answer.baridpay_order))
  }, [order.id])
  useEffect(load, [load])
  // The dashboard's own payment section reads the order through its query cache: refreshed after a decision.
  const queryClient = useQueryClient()
  const refresh = useCallback(() => {
    load()
    void queryClient.invalidateQueries({ queryKey: ["orders"] })
  }, [load, queryClient])
  if (!view) return null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">BaridPay</Heading>
        <Badge color={STATUS_COLOR[view.status]}>{STATUS_LABEL[view.status]}</Badge>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text>
          Montant : <strong>{dinars(view.amount)}</strong> — référence de la commande : <strong>{view.payment_reference}</strong>
        </Text>
        {view.transaction_reference ? (
          <Text>
            Référence BaridiMob du client : <strong>{view.transaction_reference}</strong>
            {view.submitted_at ? ` (envoyée le ${when(view.submitted_at)})` : ""}
          </Text>
        ) : (
          <Text className="text-ui-fg-subtle">Le client n'a pas encore envoyé sa référence de transaction.</Text>
        )}
        {!view.paid && view.allowed_actions.length ? (
          <Text size="small" className="text-ui-fg-subtle">
            Vérifiez le virement sur le compte CCP avant de confirmer. N'utilisez pas « Capturer le paiement » de Medusa : il est refusé pour BaridPay.
          </Text>
        ) : null}
        {view.decided_at ? (
          <Text size="small" className="text-ui-fg-subtle">
            {view.status === "confirmed" ? "Confirmé" : "Refusé"} le {when(view.decided_at)} par {view.decided_by_email ?? "—"}
            {view.reason ? ` · ${view.reason}` : ""}
          </Text>
        ) : null}
        {view.expired_at ? (
          <Text size="small" className="text-ui-fg-subtle">Annulée automatiquement le {when(view.expired_at)} : aucune référence reçue à temps.</Text>
        ) : null}
      </div>
      {view.allowed_actions.length ? (
        <div className="px-6 py-4">
          <DecisionForm orderId={order.id} view={view} onDone={refresh} />
        </div>
      ) : null}
    </Container>
  )
}

// The side column, as the cash-on-delivery block (Medusa 2.21's layout ignores "before"/"after").
export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default BaridpayOrderWidget
