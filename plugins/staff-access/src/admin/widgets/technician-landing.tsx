/**
 * The dashboard opens on the orders list after login; a technician may not read orders, so they are
 * sent on to "Mes interventions" as soon as the page mounts (before the list's refused query returns).
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useEffect } from "react"
import { useNavigate } from "react-router-dom"
import { installRefusalToasts } from "../lib/refusal-toasts"
import { readMyAccess } from "../lib/staff-roles"

// The dashboard imports every widget module as it loads: from then on a refused page says why.
installRefusalToasts()

const TechnicianLanding = () => {
  const navigate = useNavigate()
  useEffect(() => {
    readMyAccess()
      .then((mine) => {
        if (mine.role === "technician") navigate("/mes-interventions", { replace: true })
      })
      .catch(() => undefined)
  }, [navigate])
  return null
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default TechnicianLanding
