import { buildRefundMails } from "../refund-mail-data"

const order = { display_id: 42, locale: "ar", metadata: null, shipping_address: { first_name: "Amina", last_name: "Haddad" } }

describe("refund e-mail data", () => {
  it("gives each refund, oldest first, the refunds up to it against what was captured", () => {
    const mails = buildRefundMails(
      {
        amount: 12500,
        captures: [{ amount: 12500 }],
        refunds: [
          { id: "ref_2", amount: 11500, created_at: "2026-12-06T10:00:00Z" },
          { id: "ref_1", amount: "1000", created_at: "2026-12-05T10:00:00Z" },
        ],
      },
      order,
      "u"
    )
    expect(mails).toEqual([
      { refund_id: "ref_1", data: { locale: "ar", display_id: 42, customer_name: "Amina Haddad", order_url: "u", amount: 1000, refunded_total: 1000, paid_total: 12500 } },
      { refund_id: "ref_2", data: expect.objectContaining({ amount: 11500, refunded_total: 12500, paid_total: 12500 }) },
    ])
  })

  it("has nothing to send without a refund, and counts the authorised amount when no capture is listed", () => {
    expect(buildRefundMails({ amount: 100, refunds: [] }, order, "u")).toEqual([])
    expect(buildRefundMails({ amount: 100, refunds: [{ id: "r", amount: 40, created_at: new Date() }] }, { ...order, locale: "fr", shipping_address: null }, "u")[0].data).toMatchObject({
      locale: "fr",
      customer_name: "client",
      paid_total: 100,
    })
  })
})
