import { getTranslations } from "next-intl/server"
import { isShopLocale as isLocale } from "@mj-chauffage/shop-kernel/locale"
import { paidCardReceipt } from "../../../../lib/medusa/card-payment"
import { medusaFailure } from "../../../../lib/medusa/errors"
import { refusalWords } from "../../../../lib/medusa/refusal-text"
import { isSatimOrderId } from "@mj-chauffage/payments-dz/lib/satim/order-id"
import { receiptFonts } from "../../../../lib/receipt/receipt-fonts"
import { receiptPdf } from "../../../../lib/receipt/receipt-pdf"
import { receiptRows } from "@mj-chauffage/shop-kernel/card-receipt"

/**
 * The card receipt as a PDF, from SATIM's order id, only for a payment the return page has already
 * settled as paid (Medusa reads its record; this download never settles anything).
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams
  const orderId = query.get("orderId")
  const locale = query.get("lang")
  if (!isSatimOrderId(orderId) || !isLocale(locale)) return Response.json({ message: "Unknown receipt" }, { status: 404 })
  const t = await getTranslations({ locale, namespace: "cardPayment" })
  try {
    const receipt = await paidCardReceipt(orderId)
    const pdf = await receiptPdf(
      {
        direction: locale === "ar" ? "rtl" : "ltr",
        language: locale,
        title: t("receipt"),
        intro: t("paidText"),
        rows: receiptRows(receipt, locale),
        footer: t("pdfFooter"),
      },
      receiptFonts()
    )
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="recu-${receipt.order_number.replace(/[^\w-]/g, "")}.pdf"`,
        "cache-control": "private, no-store",
      },
    })
  } catch (error) {
    if (medusaFailure(error).code === "card_payment_unknown") return Response.json({ message: await refusalWords("card_payment_unknown", locale) }, { status: 404 })
    throw error
  }
}
