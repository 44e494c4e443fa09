import { buildOrderMailData, buildOrderShippedMailData, inCustomerLanguage, type OrderForMail } from "../order-mail-data"

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
  it("takes the language, name, commune and wilaya in Arabic, items and the stop-desk from the order", () => {
    expect(buildOrderMailData(order, "https://x/ar/commande?token=t")).toMatchObject({
      locale: "ar",
      customer_name: "Amina Haddad",
      items: [{ title: "Sonde CTN Baxi", variant: "À plongeur", quantity: 2, total: 5000 }],
      address_lines: ["5 rue X", "تمنراست، 11000 11 تمنراست", "\u2066+213661234567\u2069"],
      delivery_method: "Retrait en stop-desk",
      stop_desk: "Agence Tamanrasset centre",
      payment: "cash_on_delivery",
    })
  })

  it("lists an Arabic order's lines with the products' Arabic titles and the options' Arabic words; a French order as it is", () => {
    const lines = { ...order, items: [{ ...order.items[0]!, product_id: "prod_1" }, { product_id: "prod_2", product_title: "Joint fibre", title: "Lot de 5", variant_title: "Lot de 5", quantity: 1, total: 900 }] }
    const titles = new Map([["prod_1", "مجس CTN باكسي"]])
    expect(buildOrderMailData(inCustomerLanguage(lines, titles), "u").items).toEqual([
      { title: "مجس CTN باكسي", variant: "بالغمس", quantity: 2, total: 5000 },
      // No Arabic title yet: the French one rather than nothing.
      { title: "Joint fibre", variant: "طقم من 5 قطع", quantity: 1, total: 900 },
    ])
    const french = { ...lines, locale: "fr" }
    expect(inCustomerLanguage(french, titles)).toBe(french)
    const single = { ...lines, items: [{ ...lines.items[0]!, variant_title: "Standard" }] }
    expect(buildOrderMailData(inCustomerLanguage(single, titles), "u").items[0]!.variant).toBeNull()
  })

  it("names the delivery mode, the stop-desk and the commune in the e-mail's language, whichever name the customer picked", () => {
    const stopDesk = { name: "Retrait en stop-desk", data: { mode: "stopdesk", stop_desk_id: "sd-11-1", stop_desk_name: "Agence Tamanrasset centre", stop_desk_name_ar: "وكالة تمنراست المركز" } }
    const arabic = buildOrderMailData({ ...order, shipping_methods: [stopDesk] }, "u")
    expect(arabic.delivery_method).toBe("الاستلام من نقطة الاستلام")
    expect(arabic.stop_desk).toBe("وكالة تمنراست المركز")
    const home = buildOrderMailData({ ...order, shipping_methods: [{ name: "Livraison à domicile", data: { mode: "home" } }] }, "u")
    expect(home.delivery_method).toBe("التوصيل إلى المنزل")
    const french = buildOrderMailData({ ...order, locale: "fr", shipping_methods: [stopDesk] }, "u")
    expect(french).toMatchObject({ delivery_method: "Retrait en stop-desk", stop_desk: "Agence Tamanrasset centre" })
    const typedInArabic = buildOrderMailData({ ...order, locale: "fr", shipping_address: { ...order.shipping_address, city: "تمنراست" } }, "u")
    expect(typedInArabic.address_lines[1]).toBe("Tamanrasset, 11000 11 Tamanrasset")
    const unknownPlace = buildOrderMailData({ ...order, shipping_address: { ...order.shipping_address, city: "Ailleurs" } }, "u")
    expect(unknownPlace.address_lines[1]).toBe("Ailleurs، 11000 11 تمنراست")
  })

  it("writes a French address with a Latin comma and the phone as typed", () => {
    const french = buildOrderMailData({ ...order, locale: "fr" }, "u")
    expect(french.address_lines).toEqual(["5 rue X", "Tamanrasset, 11000 11 Tamanrasset", "+213661234567"])
  })

  it("tells a card order from a cash-on-delivery one by its payments' provider", () => {
    const card = { ...order, payment_collections: [{ payments: [{ provider_id: "pp_satim_satim" }] }] }
    expect(buildOrderMailData(card, "u").payment).toBe("card")
    const chargily = { ...order, payment_collections: [{ payments: [{ provider_id: "pp_chargily_chargily" }] }] }
    expect(buildOrderMailData(chargily, "u").payment).toBe("card")
    const cash = { ...order, payment_collections: [{ payments: [{ provider_id: "pp_cod_cod" }] }] }
    expect(buildOrderMailData(cash, "u").payment).toBe("cash_on_delivery")
    const baridpay = { ...order, payment_collections: [{ payments: [{ provider_id: "pp_baridpay_baridpay" }] }] }
    expect(buildOrderMailData(baridpay, "u").payment).toBe("baridpay")
  })

  it("names the carrier and falls back to 'client' without a name", () => {
    const shipped = buildOrderShippedMailData({ ...order, locale: null, shipping_address: null }, { carrier: "Yalidine", tracking_number: "Y-1", tracking_url: null }, "u")
    expect(shipped).toEqual({ locale: "fr", display_id: 7, customer_name: "client", order_url: "u", carrier: "Yalidine", tracking_number: "Y-1", tracking_url: null })
  })
})
