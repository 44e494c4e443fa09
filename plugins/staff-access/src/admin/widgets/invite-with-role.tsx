/**
 * Users list: an admin invites someone with their role (Medusa's own invite form has no role field).
 * The role rides on the invite (`metadata.staff_role`) and is given at the new user's first request.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { adminFetch } from "../lib/admin-fetch"
import { ROLE_LABELS, readMyAccess, type StaffRole } from "../lib/staff-roles"

const InviteWithRole = () => {
  const [isAdmin, setIsAdmin] = useState(false)
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<StaffRole>("technician")
  const [link, setLink] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    readMyAccess()
      .then((mine) => setIsAdmin(mine.role === "admin"))
      .catch(() => setIsAdmin(false))
  }, [])

  if (!isAdmin) return null

  const invite = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    try {
      const { invite } = await adminFetch<{ invite: { token: string } }>("/admin/invites", { method: "POST", body: { email, metadata: { staff_role: role } } })
      setLink(`${window.location.origin}/app/invite?token=${invite.token}`)
      setEmail("")
      toast.success("Invitation créée : envoyez le lien à la personne invitée.")
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSending(false)
    }
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
          <Select value={role} onValueChange={(value) => setRole(value as StaffRole)}>
            <Select.Trigger id="invite-role" aria-label="Rôle">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(ROLE_LABELS) as StaffRole[]).map((value) => (
                <Select.Item key={value} value={value}>
                  {ROLE_LABELS[value]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {link && (
          <Text size="small" className="break-all">
            Lien d'invitation : {link}
          </Text>
        )}
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={sending}>
            Inviter
          </Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "user.list.before" })

export default InviteWithRole
