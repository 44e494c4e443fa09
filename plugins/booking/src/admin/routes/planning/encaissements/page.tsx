/**
 * Encaissements (office): the visits done whose cash is not checked in yet, and the totals per
 * technician and day (collected, owed by the reports, still to check in). "Reçu" checks one in.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { dateLabel, dinars, hourMinute, algiersIsoDate } from "../../../lib/visit-format"
import type { VisitReport } from "../../../lib/visit-types"

type Report = VisitReport & { appointment_id: string; technician_name: string | null; created_at: string }
type Total = { technician_id: string; technician_name: string | null; date: string; visits: number; collected: number; expected: number; unreconciled: number }

const CashPage = () => {
  const [data, setData] = useState<{ reports: Report[]; totals: Total[] } | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setData(await adminFetch("/admin/booking/visit-reports?reconciled=false"))
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [])

  useEffect(() => {
    load()
  }, [load])

  const receive = async (report: Report) => {
    try {
      await adminFetch(`/admin/booking/visit-reports/${report.id}/reconcile`, { method: "POST" })
      toast.success(`${dinars(report.amount_collected)} reçus de ${report.technician_name ?? "—"}`)
      load()
    } catch (failure) {
      toast.error((failure as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-y-4">
      <Container className="flex flex-col gap-y-3 p-4">
        <Heading>Encaissements des visites</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Espèces encaissées par les techniciens et pas encore remises au bureau.
        </Text>
        {error && <Text className="text-ui-fg-error">{error}</Text>}
        {data && data.totals.length === 0 && <Text size="small">Tout est rapproché.</Text>}
        {data && data.totals.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Jour</Table.HeaderCell>
                <Table.HeaderCell>Technicien</Table.HeaderCell>
                <Table.HeaderCell>Visites</Table.HeaderCell>
                <Table.HeaderCell>Encaissé</Table.HeaderCell>
                <Table.HeaderCell>Dû</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.totals.map((total) => (
                <Table.Row key={`${total.technician_id}-${total.date}`}>
                  <Table.Cell>{dateLabel(total.date)}</Table.Cell>
                  <Table.Cell>{total.technician_name}</Table.Cell>
                  <Table.Cell>{total.visits}</Table.Cell>
                  <Table.Cell>{dinars(total.collected)}</Table.Cell>
                  <Table.Cell className={total.collected < total.expected ? "text-ui-fg-error" : undefined}>{dinars(total.expected)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      {data && data.reports.length > 0 && (
        <Container className="flex flex-col gap-y-2 p-4">
          <Heading level="h2">À rapprocher</Heading>
          {data.reports.map((report) => (
            <div key={report.id} className="flex items-center justify-between gap-x-4 border-b border-ui-border-base py-2" data-report={report.id}>
              <div className="min-w-0">
                <Text size="small" weight="plus">
                  {report.technician_name} · {dateLabel(algiersIsoDate(report.created_at))} {hourMinute(report.created_at)}
                </Text>
                <Text size="small" className="truncate">
                  {report.summary}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {report.parts.map((part) => `${part.quantity} × ${part.title}`).join(", ") || "Sans pièce"}
                </Text>
              </div>
              <div className="flex shrink-0 items-center gap-x-3">
                <Text size="small">
                  {dinars(report.amount_collected)} / {dinars(report.expected_amount)}
                </Text>
                <Button size="small" variant="secondary" onClick={() => receive(report)}>
                  Reçu
                </Button>
              </div>
            </div>
          ))}
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Encaissements" })

export default CashPage
