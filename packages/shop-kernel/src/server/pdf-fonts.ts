/**
 * What every PDF of the shop (the card receipt, invoices and credit notes) sets up the same way: the
 * four fonts pdf-text.ts draws with, registered under its names, and the finished document's bytes.
 */
import fs from "node:fs"

/** Inter (Latin) and Noto Sans Arabic, both SIL OFL, from their npm packages (no network). */
export type PdfFonts = { latin: Buffer; latinBold: Buffer; arabic: Buffer; arabicBold: Buffer }

// Static (not variable) WOFF files: pdfkit's font subsetting breaks on variable fonts.
export const PDF_FONT_FILES: Readonly<Record<keyof PdfFonts, string>> = {
  latin: "@fontsource/inter/files/inter-latin-400-normal.woff",
  latinBold: "@fontsource/inter/files/inter-latin-700-normal.woff",
  arabic: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff",
  arabicBold: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff",
}

/**
 * The fonts, read once at the first call. `resolve` finds a package file among the caller's own
 * dependencies: Medusa's plugin resolves from its code, the storefront from its working folder.
 */
export function pdfFontsLoader(resolve: (file: string) => string): () => PdfFonts {
  let loaded: PdfFonts | undefined
  return () => {
    if (!loaded) {
      const read = (key: keyof PdfFonts) => fs.readFileSync(resolve(PDF_FONT_FILES[key]))
      loaded = { latin: read("latin"), latinBold: read("latinBold"), arabic: read("arabic"), arabicBold: read("arabicBold") }
    }
    return loaded
  }
}

/** What these helpers use of a pdfkit document (PDFKit.PDFDocument has it all). */
export interface PdfDocumentLike {
  registerFont(name: string, source: Buffer): unknown
  on(event: "data", listener: (chunk: Buffer) => void): unknown
  on(event: "end", listener: () => void): unknown
  on(event: "error", listener: (error: Error) => void): unknown
}

/**
 * Registers the fonts under pdf-text.ts's names and returns the whole PDF once the document ends:
 * call it right after creating the document, before drawing.
 */
export function preparePdf(pdf: PdfDocumentLike, fonts: PdfFonts): Promise<Buffer> {
  pdf.registerFont("latin", fonts.latin)
  pdf.registerFont("latin-bold", fonts.latinBold)
  pdf.registerFont("arabic", fonts.arabic)
  pdf.registerFont("arabic-bold", fonts.arabicBold)
  const chunks: Buffer[] = []
  pdf.on("data", (chunk) => chunks.push(chunk))
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)))
    pdf.on("error", reject)
  })
}
