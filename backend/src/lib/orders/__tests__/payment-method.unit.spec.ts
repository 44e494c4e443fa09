import { orderPaymentMethod } from "../payment-method"

const paidWith = (...providers: string[]) => ({ payment_collections: [{ payments: providers.map((provider_id) => ({ provider_id })) }] })

describe("how a customer pays an order, in their words", () => {
  it("names each provider's method", () => {
    expect(orderPaymentMethod(paidWith("pp_satim_satim"))).toBe("card")
    expect(orderPaymentMethod(paidWith("pp_chargily_chargily"))).toBe("card")
    expect(orderPaymentMethod(paidWith("pp_baridpay_baridpay"))).toBe("baridpay")
    expect(orderPaymentMethod(paidWith("pp_cod_cod"))).toBe("cash_on_delivery")
  })

  it("says card when a card payment is among others, and cash on delivery when nothing was read", () => {
    expect(orderPaymentMethod(paidWith("pp_cod_cod", "pp_satim_satim"))).toBe("card")
    expect(orderPaymentMethod({})).toBe("cash_on_delivery")
    expect(orderPaymentMethod({ payment_collections: [null, { payments: [null] }] })).toBe("cash_on_delivery")
  })
})
