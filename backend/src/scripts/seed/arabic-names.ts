/**
 * Arabic names for the Arabic storefront: each category's name and description, and the noun that
 * starts a part's Arabic title ("مضخة تدوير Saunier Duval – Thema Condens F 25"). Brand and model
 * names stay in Latin letters, as they are printed on the boilers.
 */
import type { CategoryHandle } from "./categories"
import type { SeedProduct } from "./catalogue"

export const CATEGORIES_AR: Record<CategoryHandle, { name: string; description: string; noun: string }> = {
  circulateurs: { name: "مضخات التدوير", noun: "مضخة تدوير", description: "مضخات تدوير للغلايات الجدارية الغازية: محركات ورؤوس ومضخات كاملة." },
  "vannes-3-voies": { name: "صمامات ثلاثية الاتجاه", noun: "صمام ثلاثي الاتجاه", description: "صمامات ومحركات صمام ثلاثي الاتجاه بين التدفئة والماء الساخن." },
  "echangeurs-a-plaques": { name: "مبادلات حرارية صفائحية", noun: "مبادل حراري صفائحي", description: "مبادلات صفائحية لإنتاج الماء الساخن الفوري." },
  "cartes-electroniques": { name: "بطاقات إلكترونية", noun: "بطاقة إلكترونية", description: "بطاقات تحكم وإشعال أصلية، مبرمجة عند التسليم." },
  electrodes: { name: "أقطاب الإشعال والتأين", noun: "قطب إشعال", description: "أقطاب الإشعال والتأين ومراقبة اللهب." },
  "sondes-ctn": { name: "مجسات الحرارة NTC", noun: "مجس حرارة NTC", description: "مجسات حرارة للذهاب والإياب والماء الصحي." },
  "vases-expansion": { name: "خزانات التمدد", noun: "خزان تمدد", description: "خزانات تمدد للتدفئة في الغلايات الجدارية، ضغط مسبق 1 بار." },
  thermostats: { name: "منظمات حرارة الغرفة", noun: "منظم حرارة", description: "منظمات حرارة سلكية ولاسلكية قابلة للبرمجة." },
  ventilateurs: { name: "مراوح وشفاطات", noun: "مروحة", description: "شفاطات الدخان للغلايات ذات المدخنة الأفقية ومراوح الموقد." },
  joints: { name: "حشوات وأطقم إحكام", noun: "طقم حشوات", description: "حلقات دائرية وحشوات ألياف وأطقم إحكام هيدروليكية." },
  bruleurs: { name: "مواقد", noun: "موقد", description: "مجموعات المواقد والحاقنات ومواقد كاملة للغاز الطبيعي والبروبان." },
}

export function arabicTitle(product: Pick<SeedProduct, "category" | "compatibleModels">, brandName: string): string {
  const model = product.compatibleModels[0]
  return `${CATEGORIES_AR[product.category].noun} ${brandName}${model ? ` – ${model}` : ""}`
}

export function arabicSummary(product: Pick<SeedProduct, "category" | "compatibleModels">, brandName: string): string {
  const models = product.compatibleModels.join("، ")
  return `${CATEGORIES_AR[product.category].noun} أصلي ${brandName}. متوافق مع: ${models}. السعر شامل الرسوم.`
}
