/** SATIM's limits on one card payment, in centimes (toCentimes is the kernel's money rule). SATIM refuses smaller payments: */
export const SATIM_MINIMUM_CENTIMES = 50 * 100

/** The attempt's amount is a PostgreSQL integer column; far above any parts order. */
export const MAXIMUM_CENTIMES = 2_147_483_647
