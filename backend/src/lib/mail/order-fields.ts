/** The order fields the customer e-mails need (see lib/mail/order-mail-data.ts). */
export const ORDER_MAIL_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "metadata",
  "item_total",
  "shipping_total",
  "tax_total",
  "total",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.total",
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.data",
]

/** How the order was paid (the order-placed e-mail words it): its payments' providers. */
export const ORDER_PAYMENT_FIELDS = ["payment_collections.payments.provider_id"]
