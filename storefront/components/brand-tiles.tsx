import type { BrandView } from "../lib/medusa/catalogue"
import { ShopLink } from "./shop-link"

/** The brands as tiles; their names are Latin whatever the page's language. */
export function BrandTiles({ brands }: { brands: BrandView[] }) {
  return (
    <ul className="tiles">
      {brands.map((brand) => (
        <li key={brand.id}>
          <ShopLink href={`/marques/${brand.handle}`} lang="fr">
            {brand.title}
          </ShopLink>
        </li>
      ))}
    </ul>
  )
}
