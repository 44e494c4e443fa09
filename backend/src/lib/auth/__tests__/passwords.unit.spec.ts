import scrypt from "scrypt-kdf"
import { MAX_PASSWORD_LENGTH, needsRehash, passwordProblem } from "../passwords"

describe("password rules", () => {
  it("wants at least 10 characters (counted as the person types them) and at most 256", () => {
    expect(passwordProblem("1")).toBe("password_too_short")
    expect(passwordProblem("Kx9#mLq2v")).toBe("password_too_short")
    expect(passwordProblem("Kx9#mLq2vZ")).toBeUndefined()
    expect(passwordProblem("مفتاح-سري-٢")).toBeUndefined()
    expect(passwordProblem("a-b".repeat(MAX_PASSWORD_LENGTH))).toBe("password_too_long")
  })

  it("refuses the commonly used passwords, whatever their case", () => {
    for (const common of ["azertyuiop", "1234567890", "password123", "Password123", "MOTDEPASSE"]) expect(passwordProblem(common)).toBe("password_too_common")
    expect(passwordProblem("Un-mot-de-passe-long-2026")).toBeUndefined()
  })

  it("rehashes what was stored at a lower cost than N = 2^17", async () => {
    const at = async (logN: number) => (await scrypt.kdf("Un-mot-de-passe-long-2026", { logN, r: 8, p: 1 })).toString("base64")
    expect(needsRehash(await at(15))).toBe(true)
    expect(needsRehash(await at(17))).toBe(false)
  })
})
