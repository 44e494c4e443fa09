import fs from "node:fs"

/** The PDF's fonts: Inter (Latin) and Noto Sans Arabic, both SIL OFL, from their npm packages (no network). */
export type InvoiceFonts = { latin: Buffer; latinBold: Buffer; arabic: Buffer; arabicBold: Buffer }

// Static (not variable) WOFF files: pdfkit's font subsetting breaks on variable fonts.
const FILES: Record<keyof InvoiceFonts, string> = {
  latin: "@fontsource/inter/files/inter-latin-400-normal.woff",
  latinBold: "@fontsource/inter/files/inter-latin-700-normal.woff",
  arabic: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff",
  arabicBold: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff",
}

let loaded: InvoiceFonts | undefined

export function invoiceFonts(): InvoiceFonts {
  if (!loaded) {
    const read = (file: string) => fs.readFileSync(require.resolve(file))
    loaded = { latin: read(FILES.latin), latinBold: read(FILES.latinBold), arabic: read(FILES.arabic), arabicBold: read(FILES.arabicBold) }
  }
  return loaded
}
