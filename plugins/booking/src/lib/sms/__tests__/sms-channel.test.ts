import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { smsChannelConfigured } from "../sms-channel"

describe("smsChannelConfigured", () => {
  it("is true when a notification provider declares the sms channel", () => {
    const providers = [
      { resolve: "./src/modules/notification-smtp", id: "smtp", options: { channels: ["email"] } },
      { resolve: "./src/modules/notification-sms-dev", id: "sms-dev", options: { channels: ["sms"] } },
    ]
    assert.equal(smsChannelConfigured({ modules: { notification: { resolve: "@medusajs/medusa/notification", options: { providers } } } }), true)
  })

  it("is false with e-mail only, without providers or without the notification module", () => {
    assert.equal(smsChannelConfigured({ modules: { notification: { options: { providers: [{ options: { channels: ["email"] } }] } } } }), false)
    assert.equal(smsChannelConfigured({ modules: { notification: { options: {} } } }), false)
    assert.equal(smsChannelConfigured({ modules: { notification: true } }), false)
    assert.equal(smsChannelConfigured({}), false)
  })
})
