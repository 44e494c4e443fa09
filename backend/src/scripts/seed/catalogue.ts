/**
 * The seeded catalogue: spare parts for the boilers most installed in Algeria. Prices are in DZD,
 * tax included (TTC). Stock is per variant at the Algiers warehouse: some low, some out of stock.
 */
import type { BrandHandle, CategoryHandle } from "./categories"

export type SeedVariant = {
  /** Value of the product's single option (e.g. "Sans fil"); "Standard" for single-variant parts. */
  value: string
  sku: string
  mpn: string
  price: number
  stock: number
}

export type SeedProduct = {
  handle: string
  title: string
  category: CategoryHandle
  brand: BrandHandle
  compatibleModels: string[]
  /** Parts shown as best sellers until there is order history. */
  featured: boolean
  optionTitle: string
  variants: SeedVariant[]
  summary: string
}

type Row = [
  category: CategoryHandle,
  brand: BrandHandle,
  title: string,
  mpn: string,
  models: string[],
  price: number,
  stock: number,
  summary: string,
]

/** Single-variant parts: [category, brand, title, manufacturer part number, compatible models, price, stock, summary]. */
const SINGLE_VARIANT_ROWS: Row[] = [
  ["circulateurs", "saunier-duval", "Circulateur Saunier Duval Thema Condens", "S1068900", ["Thema Condens F 25", "Thema Condens F 30", "Isotwin Condens"], 24500, 12, "Circulateur complet à moteur synchrone, 6 m de hauteur manométrique."],
  ["circulateurs", "vaillant", "Pompe Vaillant ecoTEC plus", "0020020023", ["ecoTEC plus VMW 246", "ecoTEC plus VMW 296", "ecoTEC pro VUW 236"], 31900, 6, "Pompe haute efficacité à vitesse variable (classe A)."],
  ["circulateurs", "chaffoteaux", "Circulateur Chaffoteaux Talia Green", "61312668", ["Talia Green System 25", "Talia Green Evo 30"], 22800, 2, "Circulateur modulant avec purgeur intégré."],
  ["circulateurs", "ariston", "Moteur de pompe Ariston Clas", "65109436", ["Clas Premium Evo 24", "Clas One 30", "Genus One 24"], 18900, 9, "Tête moteur seule, se monte sur le corps de pompe existant."],
  ["circulateurs", "baxi", "Circulateur Baxi Luna 3", "710047300", ["Luna 3 Comfort 240 Fi", "Luna 3 Comfort 310 Fi"], 23400, 0, "Circulateur complet avec séparateur d'air."],
  ["circulateurs", "beretta", "Circulateur Beretta Ciao", "R10024370", ["Ciao 24 CSI", "Mynute 24 CSI", "Exclusive Boiler Green"], 21600, 4, "Circulateur 15/50 avec câble et connecteur d'origine."],
  ["vannes-3-voies", "saunier-duval", "Moteur de vanne 3 voies Saunier Duval Isofast", "S1002900", ["Isofast F 35", "Isomax F 30", "Thema F 25"], 11900, 14, "Moteur de vanne d'inversion chauffage / sanitaire, connecteur 3 fils."],
  ["vannes-3-voies", "vaillant", "Vanne 3 voies Vaillant turboTEC", "0020132764", ["turboTEC plus VUW 242", "atmoTEC plus VUW 240", "ecoTEC plus VUW 246"], 16500, 7, "Corps de vanne et cartouche d'inversion complets."],
  ["vannes-3-voies", "chaffoteaux", "Moteur de vanne 3 voies Chaffoteaux Pigma", "60001583", ["Pigma 25 FF", "Niagara C Green 25", "Talia Green 30"], 9800, 1, "Moteur de vanne directionnelle 230 V."],
  ["vannes-3-voies", "ariston", "Kit vanne 3 voies Ariston Genus", "61302483", ["Genus Premium 24", "Clas Evo 28", "Genus One 30"], 13200, 5, "Vanne complète avec moteur, joints fournis."],
  ["vannes-3-voies", "baxi", "Moteur de vanne 3 voies Baxi Eco", "5694800", ["Eco Compact 1.24 F", "Eco 4s 24 F", "Main Four 240 F"], 10400, 0, "Moteur 230 V à retour par ressort."],
  ["vannes-3-voies", "bosch-junkers", "Moteur de vanne 3 voies Junkers Ceraclass", "87170021160", ["Ceraclass ZW 24", "Ceraclass Excellence ZWC 24", "Condens 2500 W"], 12600, 11, "Moteur de vanne avec câble, pour gamme Ceraclass."],
  ["echangeurs-a-plaques", "saunier-duval", "Échangeur sanitaire Saunier Duval 12 plaques", "S1061300", ["Thema Condens F 25", "Thelia Condens 30", "Isotwin F 30"], 17800, 8, "Échangeur à plaques brasées inox, 12 plaques."],
  ["echangeurs-a-plaques", "vaillant", "Échangeur à plaques Vaillant 16 plaques", "0020025741", ["ecoTEC plus VUW 346", "ecoTEC plus VMW 296", "atmoTEC plus VUW 280"], 23900, 3, "Échangeur sanitaire 16 plaques, joints fournis."],
  ["echangeurs-a-plaques", "chaffoteaux", "Échangeur sanitaire Chaffoteaux Niagara", "61302474", ["Niagara C 25 FF", "Niagara C Green 25", "Pigma Green 25"], 15900, 10, "Échangeur sanitaire 14 plaques."],
  ["echangeurs-a-plaques", "baxi", "Échangeur à plaques Baxi Luna", "5686670", ["Luna 3 Comfort 240 Fi", "Luna Duo-tec 24", "Main 24 Fi"], 16800, 0, "Échangeur 12 plaques pour production sanitaire instantanée."],
  ["echangeurs-a-plaques", "beretta", "Échangeur sanitaire Beretta Mynute", "R10028626", ["Mynute 24 CSI", "Mynute Green 25", "Ciao 24 CSI"], 15400, 6, "Échangeur à plaques brasées, raccords d'origine."],
  ["cartes-electroniques", "saunier-duval", "Carte électronique Saunier Duval Thema Condens", "S1064600", ["Thema Condens F 25", "Thema Condens F 30"], 54900, 2, "Carte principale programmée, interface utilisateur compatible."],
  ["cartes-electroniques", "vaillant", "Carte principale Vaillant ecoTEC plus", "0020107771", ["ecoTEC plus VMW 246", "ecoTEC plus VMW 296", "ecoTEC plus VUW 346"], 64500, 1, "Carte de régulation principale d'origine Vaillant."],
  ["cartes-electroniques", "chaffoteaux", "Carte d'allumage Chaffoteaux Pigma", "60001572", ["Pigma 25 FF", "Niagara C 25 FF"], 38900, 4, "Carte d'allumage et de sécurité de flamme."],
  ["cartes-electroniques", "ariston", "Carte électronique Ariston Clas", "65106059", ["Clas Premium Evo 24", "Clas One 24", "Genus One 30"], 42900, 0, "Carte de commande principale, affichage LCD compatible."],
  ["cartes-electroniques", "baxi", "Carte électronique Baxi Luna 3 Comfort", "710820400", ["Luna 3 Comfort 240 Fi", "Luna 3 Comfort 310 Fi"], 47500, 3, "Carte de régulation avec afficheur."],
  ["cartes-electroniques", "chappee", "Carte de régulation Chappée Luna", "S58066510", ["Luna 24 Fi", "Initia Plus 24", "Klista 24"], 44900, 2, "Carte de régulation pour chaudières murales Chappée."],
  ["electrodes", "saunier-duval", "Électrode d'allumage Saunier Duval", "S1071600", ["Thema F 25", "Isofast F 35", "Thelia 23"], 2900, 30, "Électrode double d'allumage avec joint."],
  ["electrodes", "vaillant", "Électrode d'allumage et d'ionisation Vaillant", "0020107698", ["ecoTEC plus VMW 246", "ecoTEC pro VUW 236", "ecoTEC plus VUW 346"], 4800, 25, "Électrode combinée allumage / ionisation pour brûleur à prémélange."],
  ["electrodes", "chaffoteaux", "Électrode d'ionisation Chaffoteaux", "61010410", ["Talia Green 25", "Pigma Green 25", "Serelia Green 25"], 3600, 2, "Électrode de contrôle de flamme."],
  ["electrodes", "ariston", "Électrode d'allumage Ariston Genus", "65104324", ["Genus Premium 24", "Clas Premium Evo 30"], 3900, 18, "Électrode d'allumage avec câble haute tension."],
  ["electrodes", "baxi", "Électrode d'allumage Baxi Luna", "5405510", ["Luna 3 Comfort 240 Fi", "Eco Compact 1.24 F"], 2700, 0, "Électrode d'allumage simple."],
  ["electrodes", "bosch-junkers", "Électrode d'allumage Junkers Ceraclass", "87161067150", ["Ceraclass ZW 24", "Ceraclass Acu ZWBE 28"], 3300, 15, "Électrode d'allumage et de surveillance."],
  ["vases-expansion", "saunier-duval", "Vase d'expansion Saunier Duval 8 L", "S1009300", ["Thema F 25", "Isofast F 35", "Thema Condens F 30"], 9900, 7, "Vase d'expansion plat 8 litres, raccord 3/8\"."],
  ["vases-expansion", "vaillant", "Vase d'expansion Vaillant 10 L", "0020020024", ["ecoTEC plus VMW 246", "turboTEC plus VUW 242"], 12800, 4, "Vase d'expansion chauffage 10 litres."],
  ["vases-expansion", "ariston", "Vase d'expansion Ariston 8 L", "65104285", ["Clas Premium Evo 24", "Genus Premium 30", "Clas One 24"], 9400, 0, "Vase d'expansion rectangulaire 8 litres."],
  ["vases-expansion", "beretta", "Vase d'expansion Beretta 8 L", "R10023580", ["Ciao 24 CSI", "Mynute 24 CSI"], 8900, 9, "Vase d'expansion 8 litres, précharge 1 bar."],
  ["ventilateurs", "saunier-duval", "Extracteur Saunier Duval Thema F", "S1071100", ["Thema F 25", "Isofast F 35", "Isomax F 30"], 19800, 5, "Extracteur de fumées pour chaudière à ventouse."],
  ["ventilateurs", "vaillant", "Ventilateur Vaillant ecoTEC", "0020020008", ["ecoTEC plus VMW 246", "ecoTEC pro VUW 236", "ecoTEC plus VUW 296"], 28900, 2, "Ventilateur de prémélange à vitesse variable."],
  ["ventilateurs", "chaffoteaux", "Extracteur Chaffoteaux Pigma", "60000920", ["Pigma 25 FF", "Niagara C 25 FF"], 17500, 6, "Extracteur de fumées 230 V."],
  ["ventilateurs", "baxi", "Extracteur Baxi Luna 3", "5653610", ["Luna 3 Comfort 240 Fi", "Main Four 240 F"], 18400, 0, "Extracteur de fumées avec pressostat."],
  ["ventilateurs", "bosch-junkers", "Extracteur Junkers Ceraclass", "87172043430", ["Ceraclass ZW 24 AE", "Ceraclass Excellence ZWC 24"], 19600, 3, "Extracteur pour chaudière étanche."],
  ["ventilateurs", "chappee", "Extracteur Chappée Luna Fi", "S58061300", ["Luna 24 Fi", "Initia Plus 24"], 17900, 4, "Extracteur de fumées complet."],
  ["bruleurs", "saunier-duval", "Rampe de brûleur Saunier Duval Thema", "S1002800", ["Thema F 25", "Thema C 25"], 26800, 3, "Rampe 13 brûleurs gaz naturel avec injecteurs."],
  ["bruleurs", "chaffoteaux", "Brûleur Chaffoteaux Niagara", "61302449", ["Niagara C 25 FF", "Pigma 25 FF"], 24500, 0, "Brûleur complet gaz naturel."],
  ["bruleurs", "baxi", "Brûleur Baxi Eco", "5696420", ["Eco Compact 1.24 F", "Eco 4s 24 F"], 22900, 2, "Brûleur 13 rampes, injecteurs gaz naturel."],
  ["bruleurs", "beretta", "Brûleur Beretta Ciao", "R10021934", ["Ciao 24 CSI", "Exclusive 24 CSI"], 23800, 5, "Rampe de brûleurs avec collecteur."],
  ["bruleurs", "chappee", "Brûleur Chappée Initia", "S58054200", ["Initia Plus 24", "Klista 24"], 25600, 1, "Brûleur complet avec électrodes."],
  ["sondes-ctn", "chappee", "Sonde CTN départ Chappée", "S58000130", ["Luna 24 Fi", "Initia Plus 24", "Klista 24"], 2400, 20, "Sonde CTN 10 kΩ à applique."],
  ["sondes-ctn", "beretta", "Sonde CTN Beretta Mynute", "R10026994", ["Mynute 24 CSI", "Ciao 24 CSI", "Mynute Green 25"], 2600, 0, "Sonde CTN départ chauffage à clip."],
  ["thermostats", "beretta", "Thermostat d'ambiance Beretta Smart", "R20116370", ["Mynute Green 25", "Ciao Green 25", "Exclusive Boiler Green"], 13900, 6, "Thermostat modulant OpenTherm avec application."],
  ["joints", "chappee", "Kit joints hydrauliques Chappée", "S58050810", ["Luna 24 Fi", "Initia Plus 24", "Klista 24"], 1800, 35, "Kit de joints pour groupe hydraulique."],
  ["joints", "bosch-junkers", "Kit joints Junkers Ceraclass", "87172041230", ["Ceraclass ZW 24", "Ceraclass Excellence ZWC 24"], 1900, 0, "Jeu de joints toriques et fibre."],
  ["circulateurs", "chappee", "Circulateur Chappée Luna", "S58062200", ["Luna 24 Fi", "Initia Plus 24"], 22400, 5, "Circulateur complet avec purgeur."],
  ["circulateurs", "bosch-junkers", "Circulateur Junkers Ceraclass", "87172043180", ["Ceraclass ZW 24", "Ceraclass Excellence ZWC 24", "Condens 2500 W"], 23900, 8, "Circulateur avec câble d'origine."],
  ["echangeurs-a-plaques", "bosch-junkers", "Échangeur sanitaire Junkers", "87161429700", ["Ceraclass ZW 24", "Ceraclass Acu ZWBE 28"], 17200, 2, "Échangeur à plaques 14 plaques."],
  ["cartes-electroniques", "bosch-junkers", "Carte électronique Junkers Ceraclass", "87483003140", ["Ceraclass ZW 24 AE", "Ceraclass Excellence ZWC 24"], 46900, 0, "Carte de commande Heatronic."],
  ["vannes-3-voies", "beretta", "Moteur de vanne 3 voies Beretta", "R10020636", ["Mynute 24 CSI", "Ciao 24 CSI", "Exclusive 24 CSI"], 10900, 12, "Moteur de vanne directionnelle à 2 fils."],
  ["vannes-3-voies", "chappee", "Moteur de vanne 3 voies Chappée", "S58064720", ["Luna 24 Fi", "Initia Plus 24"], 11500, 3, "Moteur de vanne 3 voies 230 V."],
]

/** Parts sold in several versions: [category, brand, title, option title, models, summary, variants]. */
const MULTI_VARIANT_ROWS: Array<[CategoryHandle, BrandHandle, string, string, string[], string, Omit<SeedVariant, "sku">[]]> = [
  ["thermostats", "saunier-duval", "Thermostat d'ambiance Saunier Duval Exacontrol", "Connexion", ["Thema Condens F 25", "Isotwin Condens", "Thema F 25"], "Thermostat programmable hebdomadaire.", [
    { value: "Filaire", mpn: "0020118083", price: 12900, stock: 10 },
    { value: "Sans fil", mpn: "0020118084", price: 17900, stock: 2 },
  ]],
  ["thermostats", "vaillant", "Thermostat Vaillant vSMART", "Version", ["ecoTEC plus VMW 246", "ecoTEC pro VUW 236"], "Thermostat connecté avec pilotage depuis le téléphone.", [
    { value: "Pack vSMART", mpn: "0020197223", price: 26900, stock: 4 },
    { value: "Pack vSMART + sonde extérieure", mpn: "0020197224", price: 31900, stock: 0 },
  ]],
  ["thermostats", "chaffoteaux", "Thermostat d'ambiance Chaffoteaux Expert Control", "Connexion", ["Talia Green 25", "Serelia Green 25"], "Interface de régulation déportée modulante.", [
    { value: "Filaire", mpn: "3318594", price: 14500, stock: 6 },
    { value: "Sans fil", mpn: "3318595", price: 18900, stock: 1 },
  ]],
  ["thermostats", "ariston", "Thermostat Ariston Sensys", "Version", ["Clas Premium Evo 24", "Genus One 24"], "Interface de commande modulante avec affichage rétroéclairé.", [
    { value: "Sensys", mpn: "3319116", price: 15900, stock: 8 },
    { value: "Sensys Net (Wi-Fi)", mpn: "3319126", price: 23900, stock: 3 },
  ]],
  ["thermostats", "baxi", "Thermostat d'ambiance Baxi", "Connexion", ["Luna 3 Comfort 240 Fi", "Luna Duo-tec 24"], "Thermostat programmable à piles.", [
    { value: "Filaire", mpn: "7104875", price: 9900, stock: 12 },
    { value: "Sans fil", mpn: "7104876", price: 14900, stock: 0 },
  ]],
  ["thermostats", "bosch-junkers", "Thermostat Bosch Junkers TRZ", "Version", ["Ceraclass ZW 24", "Condens 2500 W"], "Thermostat hebdomadaire numérique.", [
    { value: "TRZ 12-2", mpn: "7719002896", price: 11900, stock: 5 },
    { value: "TRZ 12-2 sans fil", mpn: "7719002897", price: 16900, stock: 2 },
  ]],
  ["sondes-ctn", "saunier-duval", "Sonde CTN Saunier Duval", "Montage", ["Thema F 25", "Thema Condens F 25", "Isofast F 35"], "Sonde de température 10 kΩ.", [
    { value: "À applique", mpn: "S1007500", price: 2300, stock: 40 },
    { value: "À plongeur", mpn: "S1007600", price: 2800, stock: 15 },
  ]],
  ["sondes-ctn", "vaillant", "Sonde CTN Vaillant", "Montage", ["ecoTEC plus VMW 246", "turboTEC plus VUW 242"], "Sonde CTN départ / retour chauffage.", [
    { value: "À clip", mpn: "252806", price: 2900, stock: 22 },
    { value: "À plongeur", mpn: "253549", price: 3400, stock: 2 },
  ]],
  ["sondes-ctn", "chaffoteaux", "Sonde CTN Chaffoteaux", "Montage", ["Pigma 25 FF", "Niagara C 25 FF", "Talia Green 25"], "Sonde CTN chauffage et sanitaire.", [
    { value: "À applique", mpn: "60000140", price: 2200, stock: 18 },
    { value: "À plongeur", mpn: "60000141", price: 2600, stock: 0 },
  ]],
  ["sondes-ctn", "ariston", "Sonde CTN Ariston", "Montage", ["Clas Premium Evo 24", "Genus Premium 24"], "Sonde CTN 10 kΩ à clip ou à immersion.", [
    { value: "À clip", mpn: "65104314", price: 2500, stock: 25 },
    { value: "À immersion", mpn: "65104315", price: 2900, stock: 3 },
  ]],
  ["sondes-ctn", "baxi", "Sonde CTN Baxi", "Montage", ["Luna 3 Comfort 240 Fi", "Eco Compact 1.24 F"], "Sonde de température chauffage.", [
    { value: "À applique", mpn: "8435500", price: 2100, stock: 14 },
    { value: "À plongeur", mpn: "8434940", price: 2500, stock: 9 },
  ]],
  ["vases-expansion", "chaffoteaux", "Vase d'expansion Chaffoteaux", "Capacité", ["Pigma 25 FF", "Niagara C 25 FF", "Talia Green 25"], "Vase d'expansion plat précharge 1 bar.", [
    { value: "8 L", mpn: "61312683", price: 9600, stock: 5 },
    { value: "10 L", mpn: "61312684", price: 11800, stock: 1 },
  ]],
  ["vases-expansion", "baxi", "Vase d'expansion Baxi", "Capacité", ["Luna 3 Comfort 240 Fi", "Eco Compact 1.24 F", "Main 24 Fi"], "Vase d'expansion rectangulaire.", [
    { value: "7 L", mpn: "5693900", price: 8900, stock: 10 },
    { value: "10 L", mpn: "5693910", price: 11400, stock: 4 },
  ]],
  ["joints", "saunier-duval", "Kit joints Saunier Duval", "Conditionnement", ["Thema F 25", "Thema Condens F 25", "Isofast F 35"], "Joints toriques et joints fibre du groupe hydraulique.", [
    { value: "Lot de 5", mpn: "S1006500", price: 1200, stock: 50 },
    { value: "Lot de 10", mpn: "S1006510", price: 2100, stock: 30 },
  ]],
  ["joints", "vaillant", "Kit joints Vaillant", "Conditionnement", ["ecoTEC plus VMW 246", "turboTEC plus VUW 242"], "Kit de joints d'étanchéité hydraulique.", [
    { value: "Lot de 5", mpn: "981140", price: 1500, stock: 40 },
    { value: "Lot de 10", mpn: "981141", price: 2600, stock: 2 },
  ]],
  ["joints", "chaffoteaux", "Kit joints Chaffoteaux", "Conditionnement", ["Pigma 25 FF", "Niagara C 25 FF"], "Joints pour raccords et échangeur.", [
    { value: "Lot de 5", mpn: "61302494", price: 1100, stock: 28 },
    { value: "Lot de 10", mpn: "61302495", price: 1900, stock: 0 },
  ]],
  ["joints", "ariston", "Kit joints Ariston", "Conditionnement", ["Clas Premium Evo 24", "Genus One 24"], "Joints toriques EPDM.", [
    { value: "Lot de 5", mpn: "65104331", price: 1300, stock: 22 },
    { value: "Lot de 10", mpn: "65104332", price: 2300, stock: 8 },
  ]],
  ["joints", "baxi", "Kit joints Baxi", "Conditionnement", ["Luna 3 Comfort 240 Fi", "Eco Compact 1.24 F"], "Joints fibre et toriques.", [
    { value: "Lot de 5", mpn: "5402080", price: 1000, stock: 33 },
    { value: "Lot de 10", mpn: "5402081", price: 1800, stock: 11 },
  ]],
]

/** Best sellers shown on the home page until the shop has 90 days of orders. */
const FEATURED_MPNS = new Set(["S1068900", "S1002900", "0020107698", "S1007500", "0020025741", "65109436"])

const CATEGORY_CODES: Record<CategoryHandle, string> = {
  circulateurs: "CIR",
  "vannes-3-voies": "V3V",
  "echangeurs-a-plaques": "ECH",
  "cartes-electroniques": "CAR",
  electrodes: "ELE",
  "sondes-ctn": "CTN",
  "vases-expansion": "VAS",
  thermostats: "THE",
  ventilateurs: "VEN",
  joints: "JNT",
  bruleurs: "BRU",
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

const skuFor = (category: CategoryHandle, mpn: string) => `MJ-${CATEGORY_CODES[category]}-${mpn}`

export const SEED_PRODUCTS: SeedProduct[] = [
  ...SINGLE_VARIANT_ROWS.map(([category, brand, title, mpn, models, price, stock, summary]) => ({
    handle: slugify(title),
    title,
    category,
    brand,
    compatibleModels: models,
    featured: FEATURED_MPNS.has(mpn),
    optionTitle: "Version",
    variants: [{ value: "Standard", sku: skuFor(category, mpn), mpn, price, stock }],
    summary,
  })),
  ...MULTI_VARIANT_ROWS.map(([category, brand, title, optionTitle, models, summary, variants]) => ({
    handle: slugify(title),
    title,
    category,
    brand,
    compatibleModels: models,
    featured: variants.some((variant) => FEATURED_MPNS.has(variant.mpn)),
    optionTitle,
    variants: variants.map((variant) => ({ ...variant, sku: skuFor(category, variant.mpn) })),
    summary,
  })),
]

/** The French description shown on the product page. */
export function describeProduct(product: SeedProduct, brandName: string): string {
  const references = product.variants.map((variant) => variant.mpn).join(", ")
  return [
    `${product.summary} Pièce ${brandName} d'origine ou équivalent constructeur.`,
    `Compatible avec : ${product.compatibleModels.join(", ")}.`,
    `Référence fabricant : ${references}. Vérifiez la référence sur la pièce démontée ou sur la plaque signalétique de votre chaudière avant de commander ; en cas de doute, appelez-nous avec le modèle exact.`,
    `Garantie 6 mois. Le remplacement sur une chaudière gaz doit être fait par un technicien qualifié.`,
  ].join("\n\n")
}
