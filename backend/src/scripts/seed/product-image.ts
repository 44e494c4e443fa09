/**
 * Product pictures generated from the catalogue itself (no stock photos, no hot-linking): a
 * pictogram of the part's category on the brand's colour, with the brand and the part number. No
 * words of any language: the same picture serves the French and the Arabic pages, whose own text
 * (title, alt) is in the page's language.
 */
import type { CategoryHandle } from "./categories"

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[char]!)

const PICTOGRAMS: Record<CategoryHandle, string> = {
  circulateurs: `<circle cx="400" cy="330" r="120"/><circle cx="400" cy="330" r="40" fill="#fff"/><rect x="240" y="300" width="60" height="60"/><rect x="500" y="300" width="60" height="60"/>`,
  "vannes-3-voies": `<rect x="250" y="300" width="300" height="70"/><rect x="365" y="370" width="70" height="110"/><rect x="340" y="190" width="120" height="110" rx="16"/>`,
  "echangeurs-a-plaques": `<rect x="270" y="200" width="260" height="260" rx="10"/><g stroke="#fff" stroke-width="10"><line x1="300" y1="240" x2="500" y2="240"/><line x1="300" y1="290" x2="500" y2="290"/><line x1="300" y1="340" x2="500" y2="340"/><line x1="300" y1="390" x2="500" y2="390"/></g>`,
  "cartes-electroniques": `<rect x="230" y="210" width="340" height="230" rx="12"/><g fill="#fff"><rect x="270" y="250" width="80" height="60"/><rect x="380" y="250" width="40" height="40"/><rect x="450" y="330" width="80" height="70"/><circle cx="300" cy="380" r="20"/></g>`,
  electrodes: `<rect x="385" y="170" width="30" height="250"/><rect x="330" y="400" width="140" height="60" rx="10"/><polygon points="400,120 380,175 420,175"/>`,
  "sondes-ctn": `<rect x="300" y="300" width="200" height="60" rx="30"/><path d="M500 330 C 560 330, 560 230, 620 230" stroke="currentColor" stroke-width="14" fill="none"/><circle cx="330" cy="330" r="14" fill="#fff"/>`,
  "vases-expansion": `<rect x="260" y="190" width="280" height="270" rx="60"/><rect x="385" y="460" width="30" height="50"/>`,
  thermostats: `<rect x="270" y="200" width="260" height="260" rx="40"/><circle cx="400" cy="330" r="80" fill="#fff"/><text x="400" y="350" font-size="56" text-anchor="middle" font-family="sans-serif">21°</text>`,
  ventilateurs: `<circle cx="400" cy="330" r="140"/><g fill="#fff"><ellipse cx="400" cy="260" rx="30" ry="60"/><ellipse cx="470" cy="330" rx="60" ry="30"/><ellipse cx="400" cy="400" rx="30" ry="60"/><ellipse cx="330" cy="330" rx="60" ry="30"/></g>`,
  joints: `<circle cx="330" cy="330" r="90" fill="none" stroke="currentColor" stroke-width="30"/><circle cx="490" cy="330" r="60" fill="none" stroke="currentColor" stroke-width="24"/>`,
  bruleurs: `<rect x="230" y="380" width="340" height="50" rx="10"/><g><path d="M280 370 C 260 320, 300 300, 290 250 C 330 290, 320 330, 310 370 Z"/><path d="M390 370 C 370 320, 410 300, 400 250 C 440 290, 430 330, 420 370 Z"/><path d="M500 370 C 480 320, 520 300, 510 250 C 550 290, 540 330, 530 370 Z"/></g>`,
}

export function productImageSvg(input: { category: CategoryHandle; brandName: string; brandColor: string; mpn: string }): string {
  const brand = escapeXml(input.brandName)
  const partNumber = escapeXml(input.mpn)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" role="img" aria-label="${brand} ${partNumber}">
<rect width="800" height="800" fill="#f4f6f8"/>
<rect width="800" height="90" fill="${input.brandColor}"/>
<text x="40" y="60" font-family="sans-serif" font-size="40" font-weight="700" fill="#fff">${brand}</text>
<g fill="${input.brandColor}" color="${input.brandColor}">${PICTOGRAMS[input.category]}</g>
<text x="400" y="650" font-family="monospace" font-size="40" text-anchor="middle" fill="#52606d">${partNumber}</text>
</svg>
`
}
