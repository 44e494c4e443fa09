/**
 * Order page, side column: the cash-on-delivery life of the order — confirmation calls (counted, each with
 * who, when and how it ended), shipment, cash collected or parcel refused at the door — with the
 * actions allowed from where it stands. It says plainly that the parcel is not paid until the cash
 * is collected: Medusa's own payment section shows the cash payment "Autorisé", which is not money.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"
import type { CallOutcome, CodAction, CodStatus } from "../../lib/cod/life-cycle"
import { AcceptOrRefuse } from "../components/accept-or-refuse"
import { ActionLog } from "../components/action-log"
import { PanelHeader } from "../components/panel-header"
import { postAdminAction } from "../components/post-admin-action"
import { useOrderPanel } from "../components/use-order-panel"

type CodOrderView = {
  status: CodStatus
  reason: string | null
  call_attempts: number
  allowed_actions: CodAction[]
  amount: number
  cash_collected: boolean
  collected_at: string | null
}
type LogLine = { id: string; action: CodAction; call_outcome: CallOutcome | null; note: string | null; staff_email: string | null; created_at: string }

const STATUS_LABEL: Record<CodStatus, string> = {
  placed: "À confirmer par téléphone",
  confirmed: "Confirmée, à expédier",
  cancelled: "Annulée",
  shipped: "En route — argent à encaisser",
  collected: "Payée — argent encaissé",
  refused: "Refusée à la livraison",
}
const STATUS_COLOR: Record<CodStatus, "grey" | "blue" | "orange" | "green" | "red"> = {
  placed: "grey",
  confirmed: "blue",
  shipped: "orange",
  collected: "green",
  refused: "red",
  cancelled: "red",
}
const OUTCOME_LABEL: Record<CallOutcome, string> = {
  no_answer: "Pas de réponse",
  call_back: "À rappeler",
  confirmed: "Commande confirmée",
  cancelled: "Le client annule",
}
const ACTION_LABEL: Record<CodAction, string> = {
  log_call: "Appel",
  confirm: "Appel",
  cancel: "Appel",
  ship: "Expédiée",
  collect: "Argent encaissé",
  refuse: "Colis refusé",
}
const CARRIERS = ["Yalidine", "ZR Express", "Ecotrack", "Maystro Delivery", "Noest", "Autre"]
const NO_ORDER: { cod_order: CodOrderView | null; log: LogLine[] } = { cod_order: null, log: [] }

const dinars = (amount: number) => formatDzd(amount, "fr")

/** Posts one action of the cash-on-delivery life cycle. */
const act = (orderId: string, path: string, body: object) => postAdminAction(`/admin/cod-orders/${orderId}/${path}`, body)

function CallForm({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const [outcome, setOutcome] = useState<CallOutcome>("confirmed")
  const [reason, setReason] = useState("")
  const [note, setNote] = useState("")
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const ok = await act(orderId, "calls", { outcome, ...(outcome === "cancelled" ? { reason } : {}), ...(note ? { note } : {}) })
    setBusy(false)
    if (ok) {
      toast.success("Appel enregistré.")
      setReason("")
      setNote("")
      onDone()
    }
  }
  return (
    <form className="flex flex-col gap-y-2" onSubmit={submit}>
      <Label htmlFor="cod-call-outcome">Appel de confirmation</Label>
      <Select value={outcome} onValueChange={(value) => setOutcome(value as CallOutcome)}>
        <Select.Trigger id="cod-call-outcome">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {(Object.keys(OUTCOME_LABEL) as CallOutcome[]).map((key) => (
            <Select.Item key={key} value={key}>
              {OUTCOME_LABEL[key]}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {outcome === "cancelled" ? (
        <Input aria-label="Raison de l'annulation" placeholder="Raison de l'annulation" value={reason} onChange={(e) => setReason(e.target.value)} />
      ) : null}
      <Input aria-label="Note (facultatif)" placeholder="Note (facultatif)" value={note} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" variant="secondary" isLoading={busy} disabled={outcome === "cancelled" && reason.trim().length < 3}>
        Enregistrer l'appel
      </Button>
    </form>
  )
}

function ShipForm({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const [carrier, setCarrier] = useState(CARRIERS[0]!)
  const [tracking, setTracking] = useState("")
  const [trackingUrl, setTrackingUrl] = useState("")
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const ok = await act(orderId, "ship", { carrier, tracking_number: tracking, ...(trackingUrl ? { tracking_url: trackingUrl } : {}) })
    setBusy(false)
    if (ok) {
      toast.success("Colis remis au transporteur : le client a reçu le numéro de suivi.")
      onDone()
    }
  }
  return (
    <form className="flex flex-col gap-y-2" onSubmit={submit}>
      <Label htmlFor="cod-carrier">Expédier</Label>
      <div className="flex flex-col gap-2">
        <Select value={carrier} onValueChange={setCarrier}>
          <Select.Trigger id="cod-carrier">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {CARRIERS.map((name) => (
              <Select.Item key={name} value={name}>
                {name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input aria-label="Numéro de suivi" placeholder="Numéro de suivi" value={tracking} onChange={(e) => setTracking(e.target.value)} />
      </div>
      <Input aria-label="Lien de suivi (facultatif)" placeholder="Lien de suivi (facultatif)" type="url" value={trackingUrl} onChange={(e) => setTrackingUrl(e.target.value)} />
      <Button type="submit" isLoading={busy} disabled={tracking.trim().length < 3}>
        Expédier
      </Button>
    </form>
  )
}

/** At the door: the cash collected, or the parcel refused (back in stock, the order cancelled). */
function DoorForm({ orderId, amount, onDone }: { orderId: string; amount: number; onDone: () => void }) {
  return (
    <AcceptOrRefuse
      accept={{
        label: `Argent encaissé (${dinars(amount)})`,
        confirm: {
          title: "Argent reçu ?",
          description: `Confirmez que ${dinars(amount)} ont été encaissés (livreur ou stop-desk). La commande passera « Payée » pour le client.`,
          confirmText: "Argent encaissé",
          cancelText: "Annuler",
        },
        run: () => act(orderId, "collect", {}),
        success: "Paiement encaissé.",
      }}
      refuse={{
        label: "Colis refusé à la porte",
        reasonLabel: "Raison du refus",
        reasonPlaceholder: "Raison du refus",
        confirm: {
          title: "Colis refusé ?",
          description: "Le colis revient en stock (retour reçu) et la commande est annulée ; le client est prévenu par e-mail.",
          confirmText: "Colis refusé",
          cancelText: "Annuler",
        },
        run: (reason) => act(orderId, "refuse", { reason }),
        success: "Colis revenu en stock, commande annulée.",
      }}
      onDone={onDone}
    />
  )
}

const CodOrderWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { view, refresh } = useOrderPanel(`/admin/cod-orders/${encodeURIComponent(order.id)}`, NO_ORDER)
  const cod = view?.cod_order
  if (!cod) return null
  const can = (action: CodAction) => cod.allowed_actions.includes(action)
  const paid = cod.status === "collected" || cod.cash_collected

  return (
    <Container className="divide-y p-0">
      <PanelHeader title="Paiement à la livraison" status={STATUS_LABEL[cod.status]} color={STATUS_COLOR[cod.status]} />
      <div className="flex flex-col gap-y-1 px-6 py-4">
        {paid ? (
          <Text weight="plus">
            Payée : {dinars(cod.amount)} encaissés{cod.collected_at ? ` le ${algiersDateTime(cod.collected_at, "fr")}` : ""}.
          </Text>
        ) : cod.status === "refused" || cod.status === "cancelled" ? (
          <Text weight="plus">Rien à encaisser : la commande est annulée{cod.reason ? ` (${cod.reason})` : ""}.</Text>
        ) : (
          <>
            <Text weight="plus">Non payée : {dinars(cod.amount)} à encaisser à la livraison.</Text>
            <Text size="small" className="text-ui-fg-subtle">
              « Autorisé » dans la section Paiement de Medusa n'est pas de l'argent reçu. N'utilisez pas « Capturer le paiement » : encaissez ici quand le livreur ou le stop-desk a remis l'argent.
            </Text>
          </>
        )}
        <Text size="small" className="text-ui-fg-subtle">
          Appels de confirmation : {cod.call_attempts}
        </Text>
      </div>
      {cod.allowed_actions.length ? (
        <div className="flex flex-col gap-y-4 px-6 py-4">
          {can("log_call") ? <CallForm orderId={order.id} onDone={refresh} /> : null}
          {can("ship") ? <ShipForm orderId={order.id} onDone={refresh} /> : null}
          {can("collect") ? <DoorForm orderId={order.id} amount={cod.amount} onDone={refresh} /> : null}
        </div>
      ) : null}
      <ActionLog
        lines={view.log.map((line) => ({
          id: line.id,
          title: line.call_outcome ? `${ACTION_LABEL[line.action]} : ${OUTCOME_LABEL[line.call_outcome]}` : ACTION_LABEL[line.action],
          at: line.created_at,
          by: line.staff_email,
          note: line.note,
        }))}
      />
    </Container>
  )
}

// The side column, under the customer and the activity: Medusa 2.21's layout ignores "before"/"after" and would put a main-column widget last.
export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default CodOrderWidget
