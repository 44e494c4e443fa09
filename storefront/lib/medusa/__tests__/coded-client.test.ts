import assert from "node:assert/strict"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { after, before, describe, it } from "node:test"
import { CodedClient, MedusaRefusal } from "../coded-client"
import { medusaFailure } from "../errors"

/** A stand-in Medusa answering what each path asks for, recording what it received. */
const received: Array<{ url: string; method: string; headers: http.IncomingHttpHeaders; body: string }> = []
const server = http.createServer((request, response) => {
  let body = ""
  request.on("data", (chunk) => (body += chunk))
  request.on("end", () => {
    received.push({ url: request.url ?? "", method: request.method ?? "", headers: request.headers, body })
    const answers: Record<string, [number, unknown]> = {
      "/store/ok": [200, { cart: { id: "cart_1" } }],
      "/store/refused": [400, { type: "not_allowed", code: "insufficient_stock", message: "Il ne reste que 2 « Kit joints » en stock", available: 2 }],
      "/store/conflict": [409, { type: "conflict", code: "slot_unavailable", message: "Ce créneau vient d'être réservé" }],
      "/store/foreign": [400, { type: "invalid_data", code: "not_one_of_ours", message: "?" }],
      "/store/broken": [502, "<html>Bad Gateway</html>"],
    }
    const [status, answer] = answers[new URL(request.url ?? "/", "http://x").pathname] ?? [404, {}]
    response.writeHead(status, { "content-type": typeof answer === "string" ? "text/html" : "application/json" })
    response.end(typeof answer === "string" ? answer : JSON.stringify(answer))
  })
})
let client: CodedClient

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  client = new CodedClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, publishableKey: "pk_test" })
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("the storefront's Medusa client", () => {
  it("sends JSON, the query string and the publishable key, and reads JSON", async () => {
    const answer = await client.fetch<{ cart: { id: string } }>("/store/ok", { method: "POST", body: { quantity: 2 }, query: { fields: "id", limit: 2 }, headers: { "x-forwarded-for": "198.51.100.7" } })
    assert.deepEqual(answer, { cart: { id: "cart_1" } })
    const last = received.at(-1)!
    assert.equal(last.method, "POST")
    assert.equal(last.url, "/store/ok?fields=id&limit=2")
    assert.equal(last.headers["x-publishable-api-key"], "pk_test")
    assert.equal(last.headers["x-forwarded-for"], "198.51.100.7")
    assert.deepEqual(JSON.parse(last.body), { quantity: 2 })
  })

  it("sends the page request's id when it has one, and none otherwise", async () => {
    const withId = new CodedClient({ baseUrl: client["settings"].baseUrl, requestId: async () => "page-0123456789" })
    await withId.fetch("/store/ok")
    assert.equal(received.at(-1)!.headers["x-request-id"], "page-0123456789")
    await new CodedClient({ baseUrl: client["settings"].baseUrl, requestId: async () => undefined }).fetch("/store/ok")
    assert.equal(received.at(-1)!.headers["x-request-id"], undefined)
  })

  it("keeps a refusal's code: the storefront translates it, never the message", async () => {
    for (const [path, status, code] of [["/store/refused", 400, "insufficient_stock"], ["/store/conflict", 409, "slot_unavailable"]] as const) {
      const error = await client.fetch(path).catch((caught: unknown) => caught)
      assert.ok(error instanceof MedusaRefusal)
      assert.deepEqual({ status: medusaFailure(error).status, code: medusaFailure(error).code }, { status, code })
    }
  })

  it("keeps the rest of a refusal's answer: a stock refusal says how many units are left", async () => {
    const error = await client.fetch("/store/refused").catch((caught: unknown) => caught)
    assert.ok(error instanceof MedusaRefusal)
    assert.equal(error.answer.available, 2)
  })

  it("a code that is not one of ours, or no JSON at all, gives no code (the caller says the shop does not answer)", async () => {
    assert.equal(medusaFailure(await client.fetch("/store/foreign").catch((caught: unknown) => caught)).code, undefined)
    const broken = medusaFailure(await client.fetch("/store/broken").catch((caught: unknown) => caught))
    assert.deepEqual({ status: broken.status, code: broken.code }, { status: 502, code: undefined })
    assert.equal(medusaFailure(new Error("network down")).status, 500)
  })
})
