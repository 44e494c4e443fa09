/**
 * "Mon agenda": the address a phone's calendar subscribes to. Shown once when made (only its hash is
 * kept); a new one replaces it, and it can be switched off (a lost phone).
 */
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"

export function CalendarFeed() {
  const [active, setActive] = useState<boolean | null>(null)
  const [address, setAddress] = useState<string | null>(null)

  useEffect(() => {
    adminFetch<{ active: boolean }>("/admin/booking/my-visits/calendar-feed")
      .then((answer) => setActive(answer.active))
      .catch(() => setActive(null))
  }, [])

  const make = async () => {
    try {
      const answer = await adminFetch<{ path: string }>("/admin/booking/my-visits/calendar-feed", { method: "POST" })
      setAddress(`${window.location.origin}${answer.path}`)
      setActive(true)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  const stop = async () => {
    try {
      await adminFetch("/admin/booking/my-visits/calendar-feed", { method: "DELETE" })
      setAddress(null)
      setActive(false)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  if (active === null) return null
  return (
    <Container className="flex flex-col gap-y-2 p-4">
      <Heading level="h2">Mon agenda sur le téléphone</Heading>
      {address ? (
        <>
          <Text size="small">Abonnez l'agenda du téléphone à cette adresse (elle n'est affichée qu'une fois) :</Text>
          <Text size="small" className="break-all font-mono">
            {address}
          </Text>
          <Button size="small" asChild>
            <a href={address.replace(/^https?:/, "webcal:")}>S'abonner</a>
          </Button>
        </>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {active ? "Un lien d'agenda est actif. Un nouveau lien remplace l'ancien." : "Aucun lien d'agenda."}
        </Text>
      )}
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" onClick={make}>
          {active ? "Nouveau lien" : "Créer le lien"}
        </Button>
        {active && (
          <Button size="small" variant="danger" onClick={stop}>
            Désactiver
          </Button>
        )}
      </div>
    </Container>
  )
}
