import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { RECEIPT_FIELDS, receiptRows, receiptTime } from "../card-receipt"

const receipt = {
  response_description: "Votre paiement a été accepté",
  satim_order_id: "9b1c7f1e-55a2-4a0e-9d7e-2f5c2a1b0c3d",
  order_number: "4821730956",
  shop_order_number: 42,
  approval_code: "482913",
  paid_at: "2026-11-28T09:05:07.000Z",
  amount: 12500,
  card: "628058**6712",
  means: "CIB / Edahabia",
  toll_free_number: "3020",
}

describe("card receipt", () => {
  it("gives every certification field, in order, labelled in the page's language, Algiers time", () => {
    const rows = receiptRows(receipt, "fr")
    assert.deepEqual(rows.map((row) => row.field), [...RECEIPT_FIELDS])
    assert.deepEqual(rows.map((row) => `${row.label} : ${row.value}`), [
      "Réponse : Votre paiement a été accepté",
      "Commande MJ Chauffage : #42",
      "Numéro de transaction SATIM : 9b1c7f1e-55a2-4a0e-9d7e-2f5c2a1b0c3d",
      "Numéro de commande : 4821730956",
      "Code d'autorisation : 482913",
      "Date et heure : 28 novembre 2026 à 10:05:07",
      "Montant : 12\u00a0500\u00a0DA",
      "Carte : 628058**6712",
      "Moyen de paiement : CIB / Edahabia",
      "Numéro vert SATIM : 3020",
    ])
  })

  it("in Arabic: Arabic labels, Western digits, numbers and codes marked left to right", () => {
    const rows = receiptRows(receipt, "ar")
    assert.equal(rows.find((row) => row.field === "tollFree")!.label, "الرقم الأخضر لساتيم")
    assert.match(receiptTime(receipt.paid_at, "ar"), /2026/)
    assert.doesNotMatch(receiptTime(receipt.paid_at, "ar"), /[٠-٩]/)
    assert.deepEqual(rows.filter((row) => !row.ltr).map((row) => row.field), ["response", "dateTime"])
  })

  it("an unpaid receipt has no time", () => assert.equal(receiptTime(null, "fr"), ""))

  it("shows the shop's order number only once the payment is an order", () => {
    const fields = receiptRows({ ...receipt, shop_order_number: null }, "fr").map((row) => row.field)
    assert.deepEqual(fields, RECEIPT_FIELDS.filter((field) => field !== "shopOrder"))
  })

  it("writes an evening payment in 24-hour time", () => {
    assert.equal(receiptTime("2026-11-28T22:40:47.000Z", "fr"), "28 novembre 2026 à 23:40:47")
    assert.match(receiptTime("2026-11-28T22:40:47.000Z", "ar"), /23:40:47$/)
  })
})
