import { ANONYMISED_NAME, anonymisedAddress, anonymisedEmail } from "../anonymised"

describe("anonymised data", () => {
  it("gives each deleted customer a unique e-mail that can never receive mail", () => {
    expect(anonymisedEmail("cus_01ABC")).toBe("supprime+cus_01abc@anonyme.invalid")
    expect(anonymisedEmail("cus_01ABC")).not.toBe(anonymisedEmail("cus_01ABD"))
  })

  it("keeps only the wilaya, commune and country of an address", () => {
    const address = { first_name: "Nadia", last_name: "Belkacem", address_1: "3 rue Hassiba", phone: "+213770112233", postal_code: "16000", city: "Alger Centre", province: "16", country_code: "dz" }
    expect(anonymisedAddress(address)).toEqual({
      first_name: ANONYMISED_NAME,
      last_name: ANONYMISED_NAME,
      address_1: "—",
      address_2: null,
      company: null,
      phone: null,
      postal_code: null,
      city: "Alger Centre",
      province: "16",
      country_code: "dz",
    })
  })
})
