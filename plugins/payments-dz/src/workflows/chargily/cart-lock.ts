/** The lock that serialises opening and settling the Chargily checkouts of one cart. */
export const chargilyCartLock = (cartId: string) => `chargily-cart:${cartId}`
