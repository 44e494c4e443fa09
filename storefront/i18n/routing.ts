import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["fr", "ar"],
  defaultLocale: "fr",
  localePrefix: "always",
})

export type Locale = (typeof routing.locales)[number]
