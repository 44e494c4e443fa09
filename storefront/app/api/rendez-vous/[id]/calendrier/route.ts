import { NextResponse, type NextRequest } from "next/server"
import { visitCalendar } from "../../../../../lib/medusa/appointments"

/** GET /api/rendez-vous/:id/calendrier?token=…: the visit's .ics, for the customer's calendar. */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/rendez-vous/[id]/calendrier">) {
  const { id } = await params
  const ics = await visitCalendar(id, request.nextUrl.searchParams.get("token") ?? "")
  if (!ics) return NextResponse.json({ message: "Rendez-vous introuvable" }, { status: 404 })
  return new NextResponse(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="rendez-vous-${id}.ics"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  })
}
