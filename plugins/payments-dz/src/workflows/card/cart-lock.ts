/**
 * The lock that serialises opening, settling and retiring every card page of one cart, whichever the gateway
 * (SATIM, Chargily): the per-cart page limit counts both, and a cart paid on both at once must be settled one
 * gateway after the other, so both take the same key.
 */
export const cardCartLock = (cartId: string) => `card-cart:${cartId}`
