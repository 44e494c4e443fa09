import { createRequire } from "node:module"
import path from "node:path"
import { pdfFontsLoader } from "@mj-chauffage/shop-kernel/server/pdf-fonts"

/** The receipt's fonts, from the installed npm packages (resolved from the working folder, as `next start` runs). */
export const receiptFonts = pdfFontsLoader((file) => createRequire(path.join(process.cwd(), "package.json")).resolve(file))
