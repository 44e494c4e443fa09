// Lighthouse CI (lhci 0.14.0, Lighthouse 12) with Debian's Chromium; the base URL comes from
// scripts/lighthouse.ts, which starts the shop first and reads the reports `collect` leaves in .lighthouseci/. Mobile preset (the default), 3 runs per page.
const base = process.env.LHCI_BASE_URL || "http://localhost:8000"
const pages = ["", "/categories/circulateurs", "/produits/circulateur-saunier-duval-thema-condens", "/panier", "/reparation"]
const paths = ["/fr", "/ar"].flatMap((locale) => pages.map((page) => locale + page))

module.exports = {
  ci: {
    collect: {
      url: paths.map((path) => base + path),
      numberOfRuns: 3,
      chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      settings: {
        chromeFlags: "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync",
      },
    },
  },
}
