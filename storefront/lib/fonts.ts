import localFont from "next/font/local"

// Self-hosted from npm (@fontsource-variable): the build needs no network and pages fetch no third party.
// "optional": on a slow first visit the text stays in the system font rather than jumping when the
// font arrives (no late layout shift or second largest paint); later visits have it cached.
export const latinFont = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-latin",
  display: "optional",
  weight: "100 900",
})

export const arabicFont = localFont({
  src: "../../node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2",
  variable: "--font-arabic",
  display: "optional",
  // Only Arabic pages use it: French pages do not download it.
  preload: false,
  weight: "100 900",
})
