import assert from "node:assert/strict"
import { EventEmitter } from "node:events"
import { describe, it } from "node:test"
import { pdfFontsLoader, preparePdf, type PdfFonts } from "../pdf-fonts"

/** A pdfkit document as far as preparePdf uses it: its registered fonts and its stream events. */
class FakeDocument extends EventEmitter {
  readonly fonts = new Map<string, Buffer>()
  registerFont(name: string, source: Buffer) {
    this.fonts.set(name, source)
  }
}

describe("PDF fonts", () => {
  it("reads the four static WOFF fonts once, through the caller's resolver", () => {
    const asked: string[] = []
    const fonts = pdfFontsLoader((file) => {
      asked.push(file)
      return require.resolve(file)
    })
    const first = fonts()
    assert.equal(fonts(), first)
    assert.equal(asked.length, 4)
    for (const file of asked) assert.match(file, /^@fontsource\/(inter|noto-sans-arabic)\/files\/.*-(400|700)-normal\.woff$/)
    for (const font of Object.values(first)) assert.equal(font.subarray(0, 4).toString("latin1"), "wOFF")
  })

  it("registers them under pdf-text's names and gives the whole document when it ends", async () => {
    const fonts: PdfFonts = { latin: Buffer.from("L"), latinBold: Buffer.from("LB"), arabic: Buffer.from("A"), arabicBold: Buffer.from("AB") }
    const pdf = new FakeDocument()
    const bytes = preparePdf(pdf, fonts)
    assert.deepEqual(Object.fromEntries(pdf.fonts), { latin: fonts.latin, "latin-bold": fonts.latinBold, arabic: fonts.arabic, "arabic-bold": fonts.arabicBold })
    pdf.emit("data", Buffer.from("%PDF-"))
    pdf.emit("data", Buffer.from("1.7"))
    pdf.emit("end")
    assert.equal((await bytes).toString(), "%PDF-1.7")
  })

  it("fails when the document fails", async () => {
    const pdf = new FakeDocument()
    const bytes = preparePdf(pdf, { latin: Buffer.alloc(0), latinBold: Buffer.alloc(0), arabic: Buffer.alloc(0), arabicBold: Buffer.alloc(0) })
    pdf.emit("error", new Error("font subsetting failed"))
    await assert.rejects(bytes, /font subsetting failed/)
  })
})
