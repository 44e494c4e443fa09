import { notFound } from "next/navigation"

/** Any unknown path below a language shows that language's 404 page. */
export default function UnknownPage() {
  notFound()
}
