import { model } from "@medusajs/framework/utils"

/**
 * A booking request made with an `Idempotency-Key`: the key, a hash of what was asked, and the answer
 * once given. The same key and the same request get the same answer; the same key with another
 * request is refused. The unique key is what makes two simultaneous retries meet here.
 */
export const BookingRequest = model
  .define("booking_request", {
    id: model.id({ prefix: "breq" }).primaryKey(),
    idempotency_key: model.text(),
    request_hash: model.text(),
    response_status: model.number().nullable(),
    response_body: model.json().nullable(),
  })
  .indexes([{ on: ["idempotency_key"], unique: true }])
