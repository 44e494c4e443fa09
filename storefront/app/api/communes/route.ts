import { NextResponse, type NextRequest } from "next/server"
import { listCommunes, listStopDesks } from "../../../lib/medusa/territory"

/**
 * GET /api/communes?wilaya=16: the wilaya's communes and stop-desks for the checkout's address form,
 * read from Medusa on the server (the browser never talks to Medusa).
 */
export async function GET(request: NextRequest) {
  const wilaya = request.nextUrl.searchParams.get("wilaya") ?? ""
  if (!/^\d{2}$/.test(wilaya)) return NextResponse.json({ message: "wilaya must be a 2-digit code" }, { status: 400 })
  const [communes, stopDesks] = await Promise.all([listCommunes(wilaya), listStopDesks(wilaya)])
  return NextResponse.json(
    { communes: communes.map(({ name_fr, name_ar }) => ({ name_fr, name_ar })), stop_desks: stopDesks },
    { headers: { "Cache-Control": "public, max-age=3600" } }
  )
}
