/** Product categories of the shop and brand collections, keyed by handle. French first. */
export type CategoryHandle =
  | "circulateurs"
  | "vannes-3-voies"
  | "echangeurs-a-plaques"
  | "cartes-electroniques"
  | "electrodes"
  | "sondes-ctn"
  | "vases-expansion"
  | "thermostats"
  | "ventilateurs"
  | "joints"
  | "bruleurs"

export const CATEGORIES: Record<CategoryHandle, { name: string; description: string }> = {
  circulateurs: {
    name: "Circulateurs",
    description: "Pompes de circulation pour chaudières murales gaz : moteurs, têtes et circulateurs complets.",
  },
  "vannes-3-voies": {
    name: "Vannes 3 voies",
    description: "Vannes et moteurs de vanne 3 voies qui basculent entre chauffage et eau chaude sanitaire.",
  },
  "echangeurs-a-plaques": {
    name: "Échangeurs à plaques",
    description: "Échangeurs sanitaires à plaques pour la production d'eau chaude instantanée.",
  },
  "cartes-electroniques": {
    name: "Cartes électroniques",
    description: "Cartes de régulation et d'allumage d'origine, livrées programmées.",
  },
  electrodes: {
    name: "Électrodes d'allumage et d'ionisation",
    description: "Électrodes d'allumage, d'ionisation et de contrôle de flamme.",
  },
  "sondes-ctn": {
    name: "Sondes CTN",
    description: "Sondes de température CTN départ, retour et sanitaire, à applique ou à plongeur.",
  },
  "vases-expansion": {
    name: "Vases d'expansion",
    description: "Vases d'expansion chauffage pour chaudières murales, précharge 1 bar.",
  },
  thermostats: {
    name: "Thermostats d'ambiance",
    description: "Thermostats d'ambiance filaires et sans fil, programmables.",
  },
  ventilateurs: {
    name: "Ventilateurs et extracteurs",
    description: "Extracteurs de fumées pour chaudières à ventouse et ventilateurs de brûleur à prémélange.",
  },
  joints: {
    name: "Joints et kits d'étanchéité",
    description: "Joints toriques, joints fibre et kits d'étanchéité hydrauliques.",
  },
  bruleurs: {
    name: "Brûleurs",
    description: "Rampes de brûleurs, injecteurs et brûleurs complets gaz naturel et propane.",
  },
}

export type BrandHandle =
  | "saunier-duval"
  | "chaffoteaux"
  | "vaillant"
  | "ariston"
  | "baxi"
  | "chappee"
  | "bosch-junkers"
  | "beretta"

/** Brands are Medusa product collections, so the Store API filters by `collection_id`. */
export const BRANDS: Record<BrandHandle, { name: string; color: string }> = {
  "saunier-duval": { name: "Saunier Duval", color: "#c8102e" },
  chaffoteaux: { name: "Chaffoteaux", color: "#00843d" },
  vaillant: { name: "Vaillant", color: "#007a4d" },
  ariston: { name: "Ariston", color: "#00539b" },
  baxi: { name: "Baxi", color: "#e4032e" },
  chappee: { name: "Chappée", color: "#1d3f8a" },
  "bosch-junkers": { name: "Bosch / Junkers", color: "#ea0016" },
  beretta: { name: "Beretta", color: "#005eb8" },
}
