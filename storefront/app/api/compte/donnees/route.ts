import { NextResponse } from "next/server"
import { exportCustomerData } from "../../../../lib/medusa/account"
import { medusaFailure } from "../../../../lib/medusa/errors"

/** GET /api/compte/donnees: the logged-in customer's data as a JSON file (Loi 18-07, right of access). */
export async function GET() {
  try {
    const data = await exportCustomerData()
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="mes-donnees-mj-chauffage.json"',
        "Cache-Control": "private, no-store",
      },
    })
  } catch (error) {
    const status = medusaFailure(error).status
    return NextResponse.json({ message: status === 401 ? "Connectez-vous pour télécharger vos données." : "Service indisponible" }, { status: status === 401 ? 401 : 502 })
  }
}
