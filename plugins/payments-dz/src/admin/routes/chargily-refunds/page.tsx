/**
 * Paiements Chargily à rembourser (office): the paid Chargily checkouts that could not become the
 * order, the longest waiting first. Chargily has no refund API: the office gives each back from
 * Chargily's dashboard, then presses "Remboursé depuis le tableau de bord Chargily" (who and when
 * are recorded). Below, the latest ones recorded.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"
import type { ChargilyPaymentMethod } from "../../../lib/chargily/checkout-status"
import type { CardRefundReason } from "../../../lib/card/refund-reasons"
import { CHARGILY_METHOD_LABEL, CHARGILY_REFUND_REASON_LABEL } from "../../lib/chargily-words"

type RefundRow = {
  id: string
  checkout_id: string | null
  cart_id: string
  order_id: string | null
  order_display_id: number | null
  email: string | null
  amount: number
  payment_method: ChargilyPaymentMethod
  refund_reason: CardRefundReason | null
  due_since: string
  refunded_at: string | null
  refunded_by_email: string | null
}

const when = (at: string) => algiersDateTime(at, "fr", { dateStyle: "short", timeStyle: "short" })

/** The order the cart became (a link to its page), or the cart's id when it never became one. */
const OrderCell = ({ row }: { row: RefundRow }) =>
  row.order_id ? <a className="text-ui-fg-interactive" href={`/app/orders/${row.order_id}`}>Commande n° {row.order_display_id ?? row.order_id}</a> : <Text size="small">Panier {row.cart_id}</Text>

const ChargilyRefundsPage = () => {
  const prompt = usePrompt()
  const [due, setDue] = useState<RefundRow[] | null>(null)
  const [done, setDone] = useState<RefundRow[]>([])
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const [open, recorded] = await Promise.all([
        adminFetch<{ checkouts: RefundRow[] }>("/admin/chargily/refunds?status=refund_due"),
        adminFetch<{ checkouts: RefundRow[] }>("/admin/chargily/refunds?status=refunded_manually"),
      ])
      setDue(open.checkouts)
      setDone(recorded.checkouts.slice(0, 20))
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const markRefunded = async (row: RefundRow) => {
    const confirmed = await prompt({
      title: "Remboursé depuis le tableau de bord Chargily ?",
      description: `Confirmez que ${formatDzd(row.amount, "fr")} ont bien été rendus à ${row.email ?? "ce client"} depuis le tableau de bord Chargily (paiement ${row.checkout_id ?? row.id}). Votre nom et l'heure sont enregistrés.`,
      confirmText: "Oui, remboursé",
      cancelText: "Annuler",
    })
    if (!confirmed) return
    try {
      await adminFetch(`/admin/chargily/checkouts/${row.id}/refunded`, { method: "POST", body: {} })
      toast.success(`${formatDzd(row.amount, "fr")} enregistrés comme remboursés`)
    } catch (failure) {
      toast.error((failure as Error).message)
    }
    void load()
  }

  return (
    <div className="flex flex-col gap-y-4">
      <Container className="flex flex-col gap-y-3 p-4">
        <Heading>Paiements Chargily à rembourser</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Payés par Chargily mais sans commande possible. Chargily n'a pas d'API de remboursement : rendez chaque montant depuis le tableau de bord Chargily, puis marquez-le ici. Le client a reçu un e-mail annonçant le remboursement.
        </Text>
        {error && <Text className="text-ui-fg-error">{error}</Text>}
        {due && due.length === 0 && <Text size="small">Aucun paiement à rembourser.</Text>}
        {due && due.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Depuis</Table.HeaderCell>
                <Table.HeaderCell>Commande / panier</Table.HeaderCell>
                <Table.HeaderCell>Client</Table.HeaderCell>
                <Table.HeaderCell>Montant</Table.HeaderCell>
                <Table.HeaderCell>Pourquoi</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {due.map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell>{when(row.due_since)}</Table.Cell>
                  <Table.Cell>
                    <OrderCell row={row} />
                  </Table.Cell>
                  <Table.Cell>{row.email ?? "—"}</Table.Cell>
                  <Table.Cell>
                    {formatDzd(row.amount, "fr")} · {CHARGILY_METHOD_LABEL[row.payment_method]}
                    <Text size="xsmall" className="text-ui-fg-subtle">{row.checkout_id ?? "—"}</Text>
                  </Table.Cell>
                  <Table.Cell className="max-w-xs whitespace-normal">{row.refund_reason ? CHARGILY_REFUND_REASON_LABEL[row.refund_reason] : "—"}</Table.Cell>
                  <Table.Cell>
                    <Button size="small" variant="secondary" onClick={() => void markRefunded(row)}>
                      Remboursé depuis le tableau de bord Chargily
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      {done.length > 0 && (
        <Container className="flex flex-col gap-y-2 p-4">
          <Heading level="h2">Derniers remboursements enregistrés</Heading>
          {done.map((row) => (
            <Text key={row.id} size="small">
              {formatDzd(row.amount, "fr")} à {row.email ?? "—"} ({row.checkout_id ?? row.id}) : enregistré le {row.refunded_at ? when(row.refunded_at) : "—"} par {row.refunded_by_email ?? "—"}
            </Text>
          ))}
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Paiements Chargily à rembourser" })

export default ChargilyRefundsPage
