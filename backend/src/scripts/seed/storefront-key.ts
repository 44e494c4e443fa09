/** Title of the storefront's publishable API key: the seed creates it, `npm run dev` looks it up. */
export const STOREFRONT_KEY_TITLE = "Boutique MJ Chauffage"
