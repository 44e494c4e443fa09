/** User page: the staff member's role and whether the account is active; an admin changes them here. */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminUser, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Switch, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { RoleSelect, useSave } from "../components/role-select"
import { ROLE_LABELS, readMyAccess, type StaffRole } from "../lib/staff-roles"

type StaffAccess = { user_id: string; email: string; role: StaffRole | null; is_active: boolean }

const UserRoleWidget = ({ data: user }: DetailWidgetProps<AdminUser>) => {
  const [access, setAccess] = useState<StaffAccess | null>(null)
  const [canManage, setCanManage] = useState(false)
  const [role, setRole] = useState<StaffRole | "">("")
  const [active, setActive] = useState(true)
  const { saving, save } = useSave()

  useEffect(() => {
    readMyAccess()
      .then((mine) => {
        setCanManage(mine.role === "admin")
        if (mine.role !== "admin") return
        return adminFetch<{ staff: StaffAccess }>(`/admin/staff-access/users/${user.id}`).then(({ staff }) => {
          setAccess(staff)
          setRole(staff.role ?? "")
          setActive(staff.is_active)
        })
      })
      .catch(() => setCanManage(false))
  }, [user.id])

  if (!canManage || !access) return null

  const saveAccess = () => {
    if (!role) return
    void save(async () => {
      const { staff } = await adminFetch<{ staff: StaffAccess }>(`/admin/staff-access/users/${user.id}`, { method: "POST", body: { role, is_active: active } })
      setAccess(staff)
    }, "Rôle enregistré : il compte dès la prochaine action de ce compte.")
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Rôle et accès</Heading>
        <Badge color={!access.role ? "orange" : access.is_active ? "green" : "red"} size="2xsmall">
          {!access.role ? "Aucun rôle : aucun accès" : access.is_active ? ROLE_LABELS[access.role] : "Désactivé"}
        </Badge>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">
            Rôle
          </Text>
          <RoleSelect value={role} onChange={setRole} />
        </div>
        <label className="flex items-center gap-x-2">
          <Switch checked={active} onCheckedChange={setActive} aria-label="Compte actif" />
          <Text size="small">Compte actif (désactivé : ses connexions s'arrêtent aussitôt)</Text>
        </label>
        <div className="flex justify-end">
          <Button size="small" onClick={saveAccess} isLoading={saving} disabled={!role}>
            Enregistrer
          </Button>
        </div>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "user.details.after" })

export default UserRoleWidget
