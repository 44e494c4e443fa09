import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import type { ReceiptFonts } from "./receipt-pdf"

// Static (not variable) WOFF files: pdfkit's font subsetting breaks on the variable WOFF2 the pages use.
const FILES: Record<keyof ReceiptFonts, string> = {
  latin: "@fontsource/inter/files/inter-latin-400-normal.woff",
  latinBold: "@fontsource/inter/files/inter-latin-700-normal.woff",
  arabic: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff",
  arabicBold: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff",
}

let loaded: ReceiptFonts | undefined

/** The receipt's fonts, from the installed npm packages (resolved from the working folder, as `next start` runs). */
export function receiptFonts(): ReceiptFonts {
  if (!loaded) {
    const { resolve } = createRequire(path.join(process.cwd(), "package.json"))
    const read = (file: string) => fs.readFileSync(resolve(file))
    loaded = { latin: read(FILES.latin), latinBold: read(FILES.latinBold), arabic: read(FILES.arabic), arabicBold: read(FILES.arabicBold) }
  }
  return loaded
}
