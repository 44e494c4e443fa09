/**
 * The one error language from Medusa to the customer: every refusal this shop's routes and workflows
 * produce answers `{ type, code, message }` with one of these codes. The message is for whoever reads
 * the API; the storefront shows its own words, translated from the code (messages/*.json, namespace
 * `refusals`). A test walks every code: declared here, produced somewhere, translated in both languages.
 */
export const REFUSAL_CODES = {
  // Any request
  invalid_input: "the request holds a value no route accepts (NUL character, nesting too deep, bad offset or limit)",
  invalid_request: "a field is missing or malformed (the validators' answer)",
  request_in_progress: "the same cart or visit is being handled by another request: retry in a few seconds",
  not_found: "what the request names does not exist",
  refused: "a refusal Medusa gave without a code of ours",
  body_too_large: "the request's body is over 100 kB",
  cross_site_request: "a change authenticated by the session cookie came from another site (or said nothing of its origin)",
  json_body_required: "a change authenticated by the session cookie must send JSON",
  too_many_requests: "this connection sent too many Store API requests in a minute: wait (Retry-After)",

  // Cart and stock
  invalid_quantity: "a line's quantity is not a whole number from 1",
  out_of_stock: "a part of the cart is out of stock",
  insufficient_stock: "fewer units are left than the cart asks for",
  cart_not_found: "the cart does not exist (or not in this shop)",
  cart_already_ordered: "the cart was already ordered",
  cart_not_ordered: "the cart has not become an order yet",
  order_link_window_passed: "the cart was ordered more than a day ago: the order's link is in its e-mail",

  // Addresses and delivery
  unknown_wilaya: "the address's wilaya is not a wilaya code",
  unknown_commune: "the address's commune is not one of its wilaya's communes",
  place_missing: "the address has no wilaya or no commune",
  foreign_address: "an address id that is not the cart's own",
  delivery_wilaya_missing: "delivery is priced from the address's wilaya, which is missing",
  stop_desk_required: "a stop-desk of the address's wilaya must be chosen",
  delivery_for_another_wilaya: "the delivery was chosen for another wilaya than the address's",
  stop_desk_in_another_wilaya: "the stop-desk is not in the address's wilaya",
  delivery_price_changed: "the delivery's price changed since it was chosen",
  no_delivery_to_wilaya: "the shop does not deliver to that wilaya yet",

  // Orders and accounts
  order_not_found: "the order does not exist or is not the requester's",
  order_transfer_unavailable: "orders are not transferred between accounts",
  order_has_account: "the order already belongs to another customer account",
  order_already_shipped: "every item of the order is already shipped",
  invoice_not_found: "the invoice or credit note does not exist or is not of the requester's order",
  link_invalid: "a signed link that is not whole or not ours",
  link_expired: "a signed link past its date",
  email_not_login_email: "an account's e-mail must be the one it logs in with",
  login_email_missing: "an account needs a login with an e-mail first",
  registration_needs_email_link: "a customer login is created only from the link e-mailed to its address",
  registration_needs_invite: "a staff login is created only for an address with a pending invitation",
  account_exists: "the registration link's address already has an account: log in, or reset the password",
  email_invalid: "the e-mail address is not an e-mail address",
  password_too_short: "a new password has fewer than 10 characters",
  password_too_long: "a new password has more than 256 characters",
  password_too_common: "a new password is one of the most commonly used ones",
  wrong_credentials: "a login's e-mail or password is wrong (one answer for both)",
  session_expired: "the login was inactive too long, or open too long: log in again",
  session_revoked: "the login ended (logout or password change): log in again",
  too_many_login_failures: "too many wrong passwords for this account from this connection: wait (Retry-After)",
  too_many_attempts: "too many logins, registrations or resets from this connection: wait (Retry-After)",

  // Card payment (SATIM)
  card_payment_unavailable: "card payment is not configured on this shop",
  card_session_missing: "the cart does not pay by card yet",
  card_currency_not_dzd: "card payment is in dinars only",
  card_amount_too_small: "card payment starts at 50 DA",
  card_amount_too_large: "the amount is too large for a card payment",
  cart_not_payable: "the cart has no amount a card can pay",
  captcha_invalid: "the anti-robot answer is not valid (any more), for SATIM as for Chargily",
  captcha_used: "the anti-robot answer already opened a card page (SATIM's or Chargily's)",
  card_page_limit: "the cart opened too many card pages: wait (Retry-After)",
  card_page_client_limit: "this connection opened too many card pages: wait (Retry-After)",
  card_challenge_client_limit: "this connection asked for too many anti-robot checks: wait (Retry-After)",
  card_gateway_refused: "SATIM did not accept the payment (unreachable or refused)",
  card_payment_unknown: "no card payment has this SATIM order id",

  // Online payment through Chargily Pay (CIB / Edahabia)
  chargily_unavailable: "Chargily Pay is not configured on this shop",
  chargily_session_missing: "the cart does not pay with Chargily yet",
  chargily_gateway_refused: "Chargily did not accept the checkout (unreachable or refused)",
  chargily_gateway_timeout: "Chargily did not answer within CHARGILY_TIMEOUT_MS (10 s by default): no checkout was opened",
  chargily_checkout_unknown: "no Chargily checkout of this shop has this id or reference",
  chargily_signature_invalid: "a Chargily webhook's signature is missing or does not match its body",
  chargily_event_invalid: "a signed Chargily webhook is not an event about a checkout",
  chargily_not_refund_due: "the Chargily payment is not one to give back (already recorded as refunded, or never owed)",

  // Cash on delivery (the office's calls, shipment, cash collected or parcel refused)
  cod_not_cash_order: "the order is not paid cash on delivery (or its cash payment is already settled)",
  cod_not_confirmed: "a cash-on-delivery order ships only once the customer confirmed it by phone",
  cod_not_shipped: "cash is collected, or a parcel refused, only once the order has shipped",
  cod_already_confirmed: "the customer already confirmed this cash-on-delivery order",
  cod_already_shipped: "the parcel has left: the order can only be collected or refused at the door",
  cod_already_collected: "the cash of this order was already collected",
  cod_already_refused: "the parcel was already refused at the door and the order cancelled",
  cod_order_cancelled: "the cash-on-delivery order was cancelled",
  cod_capture_at_collection_only: "a cash-on-delivery payment is captured only when the office records the cash collected, not by Medusa's Capture payment",

  // BaridPay (assisted: the customer sends the BaridiMob transaction reference, the office confirms receipt)
  baridpay_amount_too_low: "BaridPay takes at least 100 DA per payment",
  baridpay_amount_too_high: "BaridPay takes at most 500 000 DA (Algérie Poste's daily cap): choose another method",
  baridpay_not_baridpay_order: "the order is not paid with BaridPay",
  baridpay_transaction_reference_invalid: "a BaridiMob transaction reference is 6 to 32 letters and digits",
  baridpay_reference_already_sent: "the customer already sent the BaridiMob reference: the office decides now",
  baridpay_already_confirmed: "the BaridPay payment of this order was already confirmed",
  baridpay_order_closed: "the BaridPay order was rejected or expired, and cancelled",
  baridpay_capture_at_confirmation_only: "a BaridPay payment is captured only when the office confirms receipt, not by Medusa's Capture payment",

  // Manual refunds (cash on delivery, BaridPay: the money goes back by hand, Medusa records it)
  refund_reason_required: "a manual refund (cash on delivery, BaridPay) must name one of the shop's refund reasons",

  // Repair visits
  unknown_zone: "the zone does not exist",
  unknown_fault_type: "the fault type does not exist",
  zone_inactive: "the zone is no longer served: visits are not booked in it any more",
  fault_type_inactive: "the fault type is no longer offered for booking",
  address_outside_zone: "the visit's address is not in the zone",
  slot_unavailable: "the slot was just taken by someone else",
  slot_not_offered: "the time is not an offered slot (past, too soon, outside hours)",
  appointment_not_found: "the visit does not exist, or the link does not open it",
  visit_cancelled: "the visit is already cancelled",
  visit_not_changeable: "the visit can no longer change (the technician is out, or it is over)",
  visit_change_too_late: "the visit starts too soon to change it online",
  visit_not_cancelled: "only a cancelled visit can be restored",
  visit_in_past: "a visit in the past cannot be restored",
  technician_not_in_zone: "the technician chosen does not serve the visit's zone (or lacks the skill, or is inactive)",
  visit_status_not_allowed: "the visit cannot move to that status from where it is, or not by this user",
  visit_already_done: "the visit was already reported done (its parts and cash are counted once)",
  visit_not_assignable: "a visit that is done or cancelled cannot be given to a technician",
  not_a_technician: "this admin user is not linked to a technician",
  part_not_found: "a part used is not a variant of the catalogue",
  visit_report_not_found: "the visit report does not exist",
  idempotency_key_invalid: "the Idempotency-Key header is malformed",
  idempotency_key_reused: "the Idempotency-Key was used for another request",
  idempotency_request_in_progress: "the same request is still being answered",

  // The office's booking settings (Medusa Admin)
  handle_taken: "another zone or fault type already has this handle",
  closure_date_taken: "the company is already closed on that date",
  unknown_user: "the admin user to link to the technician does not exist",
  user_already_technician: "the admin user is already linked to another technician",

  // The catalogue's part numbers and compatible models (Medusa Admin, product page)
  part_number_invalid: "a manufacturer part number is 2 to 40 letters, digits, dots, dashes, slashes or spaces",
  part_number_duplicate: "the same part number is listed twice (spaces, dashes, dots and case do not count)",
  compatible_model_invalid: "a compatible boiler model is 2 to 80 characters",
  compatible_model_duplicate: "the same boiler model is listed twice (spaces, dashes, dots and case do not count)",
  // The office's delivery settings (Medusa Admin, settings › Livraison)
  delivery_zone_not_found: "the delivery zone does not exist",
  delivery_wilaya_twice: "a wilaya is listed twice in one change of the zones: each wilaya belongs to exactly one zone",
  stop_desk_not_found: "the stop-desk does not exist",

  // Staff access (Medusa Admin roles)
  staff_forbidden: "the staff member's role does not give access to this part of the admin",
  staff_no_role: "the admin user has no staff role yet (or the request is not a staff member's): an administrator gives one",
  staff_account_deactivated: "the staff account was deactivated: its logins no longer work",
  staff_last_admin: "the change would leave the shop without an active administrator",
} as const

export type RefusalCode = keyof typeof REFUSAL_CODES

export const isRefusalCode = (value: unknown): value is RefusalCode => typeof value === "string" && Object.prototype.hasOwnProperty.call(REFUSAL_CODES, value)

/** Medusa's error types, as its error handler maps them to statuses. */
export type RefusalType = "invalid_data" | "not_allowed" | "not_found" | "conflict" | "unauthorized"

/** The JSON body of a refusal a route answers itself. */
export const refusalBody = (type: RefusalType, code: RefusalCode, message: string) => ({ type, code, message })

/** A code checked at compile time where a MedusaError is thrown: `new MedusaError(type, message, refusal("captcha_invalid"))`. */
export const refusal = <Code extends RefusalCode>(code: Code): Code => code
