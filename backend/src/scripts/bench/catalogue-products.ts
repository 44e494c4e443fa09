/**
 * A large made-up catalogue for benchmarks (`npm run bench:catalogue`, bench/README.md): product
 * number n is always the same part (brand, category, models, part number, price, stock, French and
 * Arabic titles), so a second run recognises what exists by handle. The part numbers follow each
 * maker's printed pattern with a prefix no real part of the seed uses.
 */
import { arabicSummary, arabicTitle } from "../seed/arabic-names"
import { BRANDS, CATEGORIES, type BrandHandle, type CategoryHandle } from "../seed/categories"

export const BENCH_HANDLE_PREFIX = "bench-"

type BrandPattern = { code: string; partNumber: (serial: string) => string; families: string[] }

/** Per brand: a SKU code, the shape of its part numbers, and boiler families with their outputs. */
const BRAND_PATTERNS: Record<BrandHandle, BrandPattern> = {
  "saunier-duval": { code: "SD", partNumber: (n) => `S57${n}`, families: ["Thema Condens F", "Thelia Condens", "Isotwin Condens", "Isofast F", "Semia F", "Themaplus F"] },
  chaffoteaux: { code: "CH", partNumber: (n) => `619${n}`, families: ["Pigma Green", "Niagara C Green", "Talia Green Evo", "Alixia S", "Serelia Green"] },
  vaillant: { code: "VA", partNumber: (n) => `00209${n}`, families: ["ecoTEC plus VMW", "ecoTEC pro VUW", "turboTEC plus VUW", "atmoTEC plus VUW", "ecoTEC exclusive VU"] },
  ariston: { code: "AR", partNumber: (n) => `659${n}`, families: ["Clas One", "Genus One", "Clas Premium Evo", "Alteas One", "Cares S"] },
  baxi: { code: "BX", partNumber: (n) => `7199${n}`, families: ["Luna 3 Comfort", "Luna Duo-tec", "Main Four", "Eco Compact", "Prime HT"] },
  chappee: { code: "CP", partNumber: (n) => `S62${n}`, families: ["Luna Platinum", "Initia Plus", "Klista Green", "Celtic Condens"] },
  "bosch-junkers": { code: "BJ", partNumber: (n) => `8717${n}`, families: ["Ceraclass ZW", "Condens 2500 W", "Condens 7000 W", "Ceraclass Excellence ZWC", "Euroline ZW"] },
  beretta: { code: "BE", partNumber: (n) => `R209${n}`, families: ["Ciao CSI", "Mynute Green", "Exclusive Boiler Green", "Mynute X", "City CSI"] },
}

/** Per category: the French noun the title starts with, details that tell parts apart, and a price range (DA). */
const CATEGORY_PATTERNS: Record<CategoryHandle, { noun: string; details: string[]; price: [number, number] }> = {
  circulateurs: { noun: "Circulateur", details: ["15/50", "15/60", "complet", "tête moteur", "haute efficacité"], price: [14000, 38000] },
  "vannes-3-voies": { noun: "Moteur de vanne 3 voies", details: ["230 V", "3 fils", "à ressort", "avec câble", "kit complet"], price: [7000, 19000] },
  "echangeurs-a-plaques": { noun: "Échangeur à plaques", details: ["10 plaques", "12 plaques", "14 plaques", "16 plaques", "20 plaques"], price: [11000, 29000] },
  "cartes-electroniques": { noun: "Carte électronique", details: ["principale", "d'allumage", "d'interface", "programmée", "de régulation"], price: [32000, 89000] },
  electrodes: { noun: "Électrode", details: ["d'allumage", "d'ionisation", "double", "triple", "avec câble"], price: [1500, 6500] },
  "sondes-ctn": { noun: "Sonde CTN", details: ["à applique", "à plongeur", "à clip", "sanitaire", "départ chauffage"], price: [1200, 4800] },
  "vases-expansion": { noun: "Vase d'expansion", details: ["6 L", "7 L", "8 L", "10 L", "12 L"], price: [6500, 16000] },
  thermostats: { noun: "Thermostat d'ambiance", details: ["filaire", "sans fil", "programmable", "connecté", "modulant"], price: [6000, 32000] },
  ventilateurs: { noun: "Extracteur de fumées", details: ["ventouse", "à prémélange", "230 V", "avec pressostat", "complet"], price: [13000, 42000] },
  joints: { noun: "Kit de joints", details: ["hydraulique", "toriques", "fibre", "de brûleur", "d'échangeur"], price: [600, 3500] },
  bruleurs: { noun: "Rampe de brûleur", details: ["gaz naturel", "propane", "12 injecteurs", "14 injecteurs", "complète"], price: [9000, 36000] },
}

const BRAND_HANDLES = Object.keys(BRANDS) as BrandHandle[]
const CATEGORY_HANDLES = Object.keys(CATEGORIES) as CategoryHandle[]
const OUTPUTS = ["24", "25", "28", "30", "35"]

/** A small deterministic mixer (one number in, one out): the same n always gives the same part. */
function mix(n: number, salt: number): number {
  let x = (n + 1) * 2654435761 + salt * 40503
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b)
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b)
  return (x ^ (x >>> 16)) >>> 0
}
const pick = <T>(list: readonly T[], n: number, salt: number): T => list[mix(n, salt) % list.length]

export type BenchProduct = {
  handle: string
  title: string
  titleAr: string
  descriptionAr: string
  description: string
  brand: BrandHandle
  category: CategoryHandle
  sku: string
  partNumber: string
  compatibleModels: string[]
  price: number
  stock: number
}

/** Part number n of the benchmark catalogue (n from 0; at most 99 999 distinct). */
export function benchProduct(n: number): BenchProduct {
  const brand = BRAND_HANDLES[n % BRAND_HANDLES.length]
  const category = CATEGORY_HANDLES[Math.floor(n / BRAND_HANDLES.length) % CATEGORY_HANDLES.length]
  const brandPattern = BRAND_PATTERNS[brand]
  const categoryPattern = CATEGORY_PATTERNS[category]
  const serial = String(n).padStart(5, "0")
  const partNumber = brandPattern.partNumber(serial)
  const modelCount = 1 + (mix(n, 1) % 3)
  const compatibleModels = [...new Set(Array.from({ length: modelCount }, (_, i) => `${pick(brandPattern.families, n, 10 + i)} ${pick(OUTPUTS, n, 20 + i)}`))]
  const detail = pick(categoryPattern.details, n, 2)
  const brandName = BRANDS[brand].name
  const [low, high] = categoryPattern.price
  const price = Math.round((low + (mix(n, 3) % (high - low))) / 100) * 100
  // About one part in seven is out of stock, a few are low, most have some.
  const roll = mix(n, 4) % 100
  const stock = roll < 14 ? 0 : roll < 30 ? 1 + (roll % 3) : 4 + (roll % 37)
  const product = { category, compatibleModels }
  return {
    handle: `${BENCH_HANDLE_PREFIX}${serial}`,
    title: `${categoryPattern.noun} ${detail} ${brandName} ${compatibleModels[0]} (réf. ${partNumber})`,
    titleAr: `${arabicTitle(product, brandName)} (${partNumber})`,
    description: `${categoryPattern.noun} ${detail} d'origine ${brandName}. Compatible : ${compatibleModels.join(", ")}. Référence fabricant ${partNumber}.`,
    descriptionAr: arabicSummary(product, brandName),
    brand,
    category,
    sku: `BN-${brandPattern.code}-${serial}`,
    partNumber,
    compatibleModels,
    price,
    stock,
  }
}
