import { createStorefrontRevalidator, STOREFRONT_CATALOGUE_EVENTS } from "../storefront-revalidate"

const SECRET = "Xk39fQz81LmP0wRt7Yb2Nc5Vd6Hs4Ja-revalidate"
const ENV = { STOREFRONT_URL: "https://mj-chauffage.dz/", STOREFRONT_REVALIDATE_SECRET: SECRET }

type Call = { url: string; init: RequestInit; answer: (status: number) => void }

/** A storefront whose answers the test gives by hand. */
function storefront() {
  const calls: Call[] = []
  const fetchImpl = ((url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener("abort", () => reject(init.signal!.reason))
      calls.push({ url, init, answer: (status) => resolve(new Response(null, { status })) })
    })) as unknown as typeof fetch
  return { calls, fetchImpl }
}

const settled = () => new Promise((resolve) => setImmediate(resolve))

describe("revalidateStorefront", () => {
  it("posts the secret to the storefront's /api/revalidate", async () => {
    const { calls, fetchImpl } = storefront()
    const warn = jest.fn()
    const done = createStorefrontRevalidator({ fetchImpl })(warn, ENV)
    expect(calls).toHaveLength(1)
    expect(calls[0].url).toBe("https://mj-chauffage.dz/api/revalidate")
    expect(calls[0].init.method).toBe("POST")
    expect(calls[0].init.headers).toEqual({ authorization: `Bearer ${SECRET}` })
    calls[0].answer(200)
    await done
    expect(warn).not.toHaveBeenCalled()
  })

  it("does nothing without STOREFRONT_REVALIDATE_SECRET", async () => {
    const { calls, fetchImpl } = storefront()
    await createStorefrontRevalidator({ fetchImpl })(jest.fn(), { STOREFRONT_URL: ENV.STOREFRONT_URL })
    expect(calls).toHaveLength(0)
  })

  it("only warns when the storefront refuses, is unreachable or too slow", async () => {
    const warn = jest.fn()
    const refused = storefront()
    const refusal = createStorefrontRevalidator({ fetchImpl: refused.fetchImpl })(warn, ENV)
    refused.calls[0].answer(401)
    await expect(refusal).resolves.toBeUndefined()
    expect(warn).toHaveBeenLastCalledWith(expect.stringMatching(/refused to refresh its catalogue .*HTTP 401/))

    const unreachable = jest.fn().mockRejectedValue(new TypeError("fetch failed")) as unknown as typeof fetch
    await expect(createStorefrontRevalidator({ fetchImpl: unreachable })(warn, ENV)).resolves.toBeUndefined()
    expect(warn).toHaveBeenLastCalledWith(expect.stringMatching(/could not be told the catalogue changed .*fetch failed/))

    const silent = storefront()
    const started = Date.now()
    await expect(createStorefrontRevalidator({ fetchImpl: silent.fetchImpl, timeoutMs: 50 })(warn, ENV)).resolves.toBeUndefined()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(warn).toHaveBeenLastCalledWith(expect.stringMatching(/could not be told the catalogue changed/))
  })

  it("sends one more call for all the changes made while one is out, not one each", async () => {
    const { calls, fetchImpl } = storefront()
    const revalidate = createStorefrontRevalidator({ fetchImpl })
    const first = revalidate(jest.fn(), ENV)
    const meanwhile = Array.from({ length: 5 }, () => revalidate(jest.fn(), ENV))
    expect(calls).toHaveLength(1)
    calls[0].answer(200)
    await settled()
    expect(calls).toHaveLength(2)
    calls[1].answer(200)
    await Promise.all([first, ...meanwhile])
    expect(calls).toHaveLength(2)
    // Quiet again: the next change makes its own call.
    const later = revalidate(jest.fn(), ENV)
    expect(calls).toHaveLength(3)
    calls[2].answer(200)
    await later
  })

  it("listens to admin price (variant), stock (inventory level) and Arabic text (translation) changes and to orders' reservations", () => {
    expect(STOREFRONT_CATALOGUE_EVENTS).toEqual(
      expect.arrayContaining(["product.updated", "product-variant.updated", "inventory-level.updated", "reservation-item.created", "order.canceled", "translation.updated"])
    )
  })
})
