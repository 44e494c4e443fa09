/** The booking settings' pages, one link each, the current one marked. */
import { Button } from "@medusajs/ui"
import { Link, useLocation } from "react-router-dom"

const PAGES = [
  { to: "/technicians", label: "Techniciens" },
  { to: "/technicians/zones", label: "Zones" },
  { to: "/technicians/fault-types", label: "Types de panne" },
  { to: "/technicians/closures", label: "Fermetures" },
]

export function OfficeTabs() {
  const { pathname } = useLocation()
  const current = PAGES.filter((page) => pathname.endsWith(page.to) || (page.to === "/technicians" && /\/technicians\/tech_/.test(pathname))).pop()
  return (
    <nav className="flex flex-wrap gap-2" aria-label="Réservations">
      {PAGES.map((page) => (
        <Button key={page.to} size="small" variant={page === current ? "primary" : "secondary"} asChild>
          <Link to={page.to}>{page.label}</Link>
        </Button>
      ))}
    </nav>
  )
}
