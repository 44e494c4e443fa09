import { buildOrderMailData, buildOrderShippedMailData, type OrderForMail } from "../order-mail-data"

const order: OrderForMail = {
  display_id: 7,
  locale: "ar-DZ",
  metadata: null,
  item_total: 11900,
  shipping_total: 1200,
  tax_total: 2091.6,
  total: 13100,
  items: [{ product_title: "Sonde CTN Baxi", title: "À plongeur", variant_title: "À plongeur", quantity: 2, total: 5000 }],
  shipping_address: { first_name: "Amina", last_name: "Haddad", address_1: "5 rue X", city: "Tamanrasset", province: "11", postal_code: "11000", phone: "+213661234567" },
  shipping_methods: [{ name: "Retrait en stop-desk", data: { stop_desk_name: "Agence Tamanrasset centre" } }],
}

describe("order e-mail data", () => {
  it("takes the language, name, wilaya in Arabic, items and the stop-desk from the order", () => {
    expect(buildOrderMailData(order, "https://x/ar/commande?token=t")).toMatchObject({
      locale: "ar",
      customer_name: "Amina Haddad",
      items: [{ title: "Sonde CTN Baxi", variant: "À plongeur", quantity: 2, total: 5000 }],
      address_lines: ["5 rue X", "Tamanrasset, 11000 11 تمنراست", "+213661234567"],
      delivery_method: "Retrait en stop-desk",
      stop_desk: "Agence Tamanrasset centre",
    })
  })

  it("names the carrier and falls back to 'client' without a name", () => {
    const shipped = buildOrderShippedMailData({ ...order, locale: null, shipping_address: null }, { carrier: "Yalidine", tracking_number: "Y-1", tracking_url: null }, "u")
    expect(shipped).toEqual({ locale: "fr", display_id: 7, customer_name: "client", order_url: "u", carrier: "Yalidine", tracking_number: "Y-1", tracking_url: null })
  })
})
