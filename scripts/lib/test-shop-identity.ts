/**
 * The shop identity of the browser tests and Lighthouse runs (scripts/lib/shop-stack.ts): made-up,
 * well-formed values, never a real company's. Development and production read SHOP_* from .env.
 */
export const TEST_SHOP_IDENTITY = {
  SHOP_LEGAL_NAME: "SARL MJ Chauffage Essais",
  SHOP_ADDRESS: "12 rue des Frères Bouadou, Bir Mourad Raïs, 16000 Alger",
  SHOP_ADDRESS_AR: "12 شارع الإخوة بوعدو، بئر مراد رايس، 16000 الجزائر",
  SHOP_RC: "16/00-0999999 B 24",
  SHOP_NIF: "000016099999999",
  SHOP_NIS: "099916010099999",
  SHOP_AI: "16999999999",
  SHOP_PHONE: "0550 90 00 01",
  SHOP_WHATSAPP: "0770 90 00 02",
  SHOP_EMAIL: "contact@mj-chauffage.test",
  SHOP_ANPDP_DECLARATION: "2027/0123",
  SHOP_HOSTING_PROVIDER: "DZ Datacenter SPA, Alger",
} as const
