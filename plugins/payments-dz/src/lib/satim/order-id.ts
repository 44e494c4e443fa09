/**
 * SATIM's order id (register.do's `orderId`, the return URL's `orderId`, the callback's `mdOrder`): an
 * opaque id of letters, digits and dashes. Anything else is refused before it reaches a query.
 */
export const SATIM_ORDER_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/

export const isSatimOrderId = (value: unknown): value is string => typeof value === "string" && SATIM_ORDER_ID_PATTERN.test(value)
