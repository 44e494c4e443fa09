/**
 * Order page, side column: the BaridPay payment of the order — the reference the customer must
 * write, the BaridiMob transaction reference they sent — and the office's decision once the
 * transfer is checked on the CCP account: "Paiement reçu" (captured: the invoice follows, the
 * customer sees PAID) or "Paiement non reçu" (the order is cancelled, stock released).
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"
import type { BaridpayStatus } from "../../lib/baridpay/life-cycle"
import { AcceptOrRefuse } from "../components/accept-or-refuse"
import { ActionLog, type ActionLogLine } from "../components/action-log"
import { PanelHeader } from "../components/panel-header"
import { postAdminAction } from "../components/post-admin-action"
import { useOrderPanel } from "../components/use-order-panel"

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
const NO_ORDER = { baridpay_order: null }

const dinars = (amount: number) => formatDzd(amount, "fr")
const when = (date: string) => algiersDateTime(date, "fr", { dateStyle: "short", timeStyle: "short" })

/** The office's decision and the automatic cancellation, as the order's history. */
function history(view: BaridpayOrderView): ActionLogLine[] {
  const lines: ActionLogLine[] = []
  if (view.decided_at) {
    lines.push({ id: "decided", title: view.status === "confirmed" ? "Paiement confirmé" : "Paiement refusé", at: view.decided_at, by: view.decided_by_email, note: view.reason })
  }
  if (view.expired_at) lines.push({ id: "expired", title: "Annulée automatiquement : aucune référence reçue à temps", at: view.expired_at, by: "automatique" })
  return lines
}

const BaridpayOrderWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { view: answer, refresh } = useOrderPanel<{ baridpay_order: BaridpayOrderView | null }>(`/admin/baridpay-orders/${encodeURIComponent(order.id)}`, NO_ORDER)
  const view = answer?.baridpay_order
  if (!view) return null
  const decide = (path: "confirm" | "reject", body: object) => postAdminAction(`/admin/baridpay-orders/${order.id}/${path}`, body)

  return (
    <Container className="divide-y p-0">
      <PanelHeader title="BaridPay" status={STATUS_LABEL[view.status]} color={STATUS_COLOR[view.status]} />
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
      </div>
      {view.allowed_actions.length ? (
        <div className="px-6 py-4">
          <AcceptOrRefuse
            accept={{
              label: `Paiement reçu (${dinars(view.amount)})`,
              confirm: {
                title: "Paiement reçu ?",
                description: `Confirmez seulement si ${dinars(view.amount)} sont arrivés sur le compte CCP avec la référence ${view.payment_reference}. La facture est émise et le client voit la commande payée.`,
                confirmText: "Paiement reçu",
                cancelText: "Annuler",
              },
              run: () => decide("confirm", {}),
              success: "Paiement confirmé et encaissé.",
            }}
            refuse={{
              label: "Paiement non reçu",
              reasonLabel: "Pourquoi le paiement est refusé",
              reasonPlaceholder: "Raison (ex. aucun virement reçu)",
              confirm: {
                title: "Paiement non reçu ?",
                description: "La commande est annulée, les pièces reviennent en stock et le client est prévenu par e-mail.",
                confirmText: "Annuler la commande",
                cancelText: "Retour",
              },
              run: (reason) => decide("reject", { reason }),
              success: "Commande annulée.",
            }}
            onDone={refresh}
          />
        </div>
      ) : null}
      <ActionLog lines={history(view)} />
    </Container>
  )
}

// The side column, as the cash-on-delivery block (Medusa 2.21's layout ignores "before"/"after").
export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default BaridpayOrderWidget
