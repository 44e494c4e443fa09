/**
 * A technician's page (or a new one's, at /technicians/new): details and weekly hours, absences,
 * and deactivation — a deactivated technician keeps their history and gets no new visit; their
 * visits to come are listed so the office can reassign them.
 */
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useParams } from "react-router-dom"
import { OfficeTabs } from "../../../components/office-tabs"
import { TechnicianForm, draftOf, type TechnicianDraft } from "../../../components/technician-form"
import { TimeOffPanel } from "../../../components/time-off-panel"
import { VisitsList } from "../../../components/visits-list"
import { officeFetch, useOffice, type Technician, type TimeOff, type Visit } from "../../../lib/office-api"

type TechnicianAnswer = { technician: Technician; time_off: TimeOff[]; future_visits: Visit[] }

export default function TechnicianPage() {
  const { id = "new" } = useParams()
  const creating = id === "new"
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, error, reload } = useOffice<TechnicianAnswer>(creating ? null : `/admin/booking/technicians/${id}`)
  const [saving, setSaving] = useState(false)

  const save = async (draft: TechnicianDraft) => {
    setSaving(true)
    try {
      const path = creating ? "/admin/booking/technicians" : `/admin/booking/technicians/${id}`
      const answer = await officeFetch<{ technician: Technician }>(path, { method: "POST", body: draft })
      toast.success(creating ? "Technicien créé" : "Technicien enregistré")
      if (creating) navigate(`/technicians/${answer.technician.id}`)
      else reload()
    } catch (failure) {
      toast.error((failure as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const setActive = async (active: boolean) => {
    if (
      !active &&
      !(await prompt({
        title: "Désactiver ce technicien ?",
        description: "Il ne recevra plus de nouvelle visite. Son historique est conservé ; ses visites à venir restent à réattribuer.",
        confirmText: "Désactiver",
        cancelText: "Annuler",
      }))
    ) {
      return
    }
    try {
      await officeFetch(`/admin/booking/technicians/${id}/${active ? "reactivate" : "deactivate"}`, { method: "POST" })
      toast.success(active ? "Technicien réactivé" : "Technicien désactivé")
      reload()
    } catch (failure) {
      toast.error((failure as Error).message)
    }
  }

  const technician = data?.technician ?? null
  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-4">
        <div className="flex items-center justify-between gap-2">
          <Heading level="h1">{creating ? "Nouveau technicien" : (technician?.name ?? "Technicien")}</Heading>
          {technician && (
            <div className="flex items-center gap-2">
              <Badge size="2xsmall" color={technician.is_active ? "green" : "grey"}>
                {technician.is_active ? "Actif" : "Désactivé"}
              </Badge>
              <Button size="small" variant={technician.is_active ? "danger" : "secondary"} onClick={() => setActive(!technician.is_active)}>
                {technician.is_active ? "Désactiver" : "Réactiver"}
              </Button>
            </div>
          )}
        </div>
        <OfficeTabs />
        {error && <Text className="text-ui-fg-error">{error}</Text>}
        {(creating || technician) && <TechnicianForm key={technician?.id ?? "new"} initial={draftOf(technician)} saving={saving} onSave={save} />}
      </Container>
      {technician && data && (
        <>
          <Container className="flex flex-col gap-3">
            <Heading level="h2">Visites à venir</Heading>
            {!technician.is_active && data.future_visits.length > 0 && (
              <Text size="small" className="text-ui-fg-error">
                Technicien désactivé : réattribuez ces visites à un autre technicien.
              </Text>
            )}
            <VisitsList visits={data.future_visits} empty="Aucune visite à venir." />
          </Container>
          <Container>
            <TimeOffPanel technicianId={technician.id} timeOff={data.time_off} onChange={reload} />
          </Container>
        </>
      )}
    </div>
  )
}
