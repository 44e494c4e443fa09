import assert from "node:assert/strict"
import { test } from "node:test"
import { addressBookOrder, addressToEdit, defaultAddressOf, nextDefaultAfterDeleting } from "../address-book"
import { readAddress } from "../address-input"

const home = { id: "cuaddr_HOME", is_default_shipping: false }
const work = { id: "cuaddr_WORK", is_default_shipping: true }
const parents = { id: "cuaddr_PARENTS", is_default_shipping: false }

test("the default delivery address is the one Medusa marks, else the first one, else none", () => {
  assert.equal(defaultAddressOf([home, work, parents]), work)
  assert.equal(defaultAddressOf([home, { ...parents }]), home)
  assert.equal(defaultAddressOf([]), null)
  assert.equal(defaultAddressOf(undefined), null)
})

test("the book shows the default address first, the others in their order", () => {
  assert.deepEqual(addressBookOrder([home, work, parents]).map((address) => address.id), ["cuaddr_WORK", "cuaddr_HOME", "cuaddr_PARENTS"])
  assert.deepEqual(addressBookOrder([]), [])
})

test("only one of the customer's own addresses can be edited", () => {
  assert.equal(addressToEdit([home, work], "cuaddr_WORK"), work)
  assert.equal(addressToEdit([home, work], "cuaddr_SOMEONE_ELSES"), null)
  assert.equal(addressToEdit([home, work], ["cuaddr_WORK"]), null)
  assert.equal(addressToEdit([home, work], undefined), null)
})

test("deleting the default address passes the default to another one; deleting another changes nothing", () => {
  assert.equal(nextDefaultAfterDeleting([home, work, parents], "cuaddr_WORK"), home)
  assert.equal(nextDefaultAfterDeleting([home, work, parents], "cuaddr_HOME"), null)
  assert.equal(nextDefaultAfterDeleting([work], "cuaddr_WORK"), null)
  // A book with no marked default: nothing to pass on (the first one already counts as the default).
  assert.equal(nextDefaultAfterDeleting([home, parents], "cuaddr_HOME"), null)
})

const communes16 = [
  { name_fr: "Alger Centre", name_ar: "الجزائر الوسطى", wilaya_code: "16", postal_code: "16000" },
  { name_fr: "Bab El Oued", name_ar: "باب الوادي", wilaya_code: "16", postal_code: null },
]
const form = (values: Record<string, string>) => (name: string) => values[name]
const good = { first_name: "Nadia", last_name: "Belkacem", phone: "0770 11 22 33", address_1: "8 boulevard Colonel Lotfi", commune: "Bab El Oued" }

test("an address needs a name, an Algerian phone, a street and a commune of the chosen wilaya", () => {
  assert.deepEqual(readAddress(form(good), "16", communes16), {
    values: { first_name: "Nadia", last_name: "Belkacem", phone: "+213770112233", address_1: "8 boulevard Colonel Lotfi", commune: "Bab El Oued" },
    address: { first_name: "Nadia", last_name: "Belkacem", phone: "+213770112233", address_1: "8 boulevard Colonel Lotfi", city: "Bab El Oued", province: "16", postal_code: undefined },
    errors: [],
  })
  assert.equal(readAddress(form({ ...good, commune: "Alger Centre" }), "16", communes16).address?.postal_code, "16000")
  const bad = readAddress(form({ ...good, phone: "12", address_1: " a ", commune: "Oran" }), "16", communes16)
  assert.deepEqual(bad.errors, ["phone", "address_1", "commune"])
  assert.equal(bad.address, null)
  // The values come back to the form, so the customer does not type them again.
  assert.equal(bad.values.address_1, "a")
  assert.deepEqual(readAddress(form(good), "1", communes16).errors, ["commune"])
})
