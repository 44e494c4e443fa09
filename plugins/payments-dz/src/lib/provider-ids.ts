/** Provider ids as Medusa names them: "pp_" + the provider's identifier + "_" + its id in medusa-config.ts. */
export const CASH_ON_DELIVERY_PROVIDER_ID = "pp_cod_cod"
export const SATIM_PROVIDER_ID = "pp_satim_satim"
export const CHARGILY_PROVIDER_ID = "pp_chargily_chargily"
export const BARIDPAY_PROVIDER_ID = "pp_baridpay_baridpay"
