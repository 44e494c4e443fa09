/**
 * A customer address in Alger Centre (wilaya 16), as the checkout sends it. In a file without imports
 * because the production scale-out test (scripts/) reads it too and must not load the seed.
 */
export const ALGIERS_ADDRESS = {
  first_name: "Karim",
  last_name: "Benali",
  address_1: "12 rue Didouche Mourad",
  city: "Alger Centre",
  province: "16",
  postal_code: "16000",
  country_code: "dz",
  phone: "+213550123456",
}
