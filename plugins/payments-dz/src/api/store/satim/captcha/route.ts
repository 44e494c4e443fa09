// The captcha's address before Chargily shared it, kept for storefronts that still ask here.
export { GET } from "../../card/captcha/route"
