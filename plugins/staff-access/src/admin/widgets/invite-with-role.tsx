/**
 * Users list: an admin invites someone with their role (Medusa's own invite form has no role field).
 * The role rides on the invite (`metadata.staff_role`) and is given when that invite is accepted.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { RoleSelect, useSave } from "../components/role-select"
import { readMyAccess, type StaffRole } from "../lib/staff-roles"

const InviteWithRole = () => {
  const [isAdmin, setIsAdmin] = useState(false)
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<StaffRole>("technician")
  const [link, setLink] = useState<string | null>(null)
  const { saving, save } = useSave()

  useEffect(() => {
    readMyAccess()
      .then((mine) => setIsAdmin(mine.role === "admin"))
      .catch(() => setIsAdmin(false))
  }, [])

  if (!isAdmin) return null

  const invite = (event: FormEvent) => {
    event.preventDefault()
    void save(async () => {
      const { invite } = await adminFetch<{ invite: { token: string } }>("/admin/invites", { method: "POST", body: { email, metadata: { staff_role: role } } })
      setLink(`${window.location.origin}/app/invite?token=${invite.token}`)
      setEmail("")
    }, "Invitation créée : envoyez le lien à la personne invitée.")
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Inviter avec un rôle</Heading>
      </div>
      <form className="flex flex-col gap-y-4 px-6 py-4" onSubmit={invite}>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="invite-email">E-mail</Label>
          <Input id="invite-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} required />
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="invite-role">Rôle</Label>
          <RoleSelect id="invite-role" value={role} onChange={setRole} />
        </div>
        {link && (
          <Text size="small" className="break-all">
            Lien d'invitation : {link}
          </Text>
        )}
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={saving}>
            Inviter
          </Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "user.list.before" })

export default InviteWithRole
