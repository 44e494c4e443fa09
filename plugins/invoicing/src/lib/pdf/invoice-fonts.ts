import { pdfFontsLoader } from "@mj-chauffage/shop-kernel/server/pdf-fonts"

/** The invoice PDF's fonts, from this plugin's own dependencies (@fontsource/*). */
export const invoiceFonts = pdfFontsLoader((file) => require.resolve(file))
