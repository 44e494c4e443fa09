"use client"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import "altcha/altcha.css"

import { useEffect } from "react"

/**
 * The self-hosted captcha (ALTCHA proof of work): a checkbox the customer ticks, keyboard
 * accessible, in the page's language. Its challenge comes from our server (bound to the cart), its
 * work runs in a worker from our origin, and its answer is submitted as the form field `captcha`.
 */
export function CaptchaWidget({ locale }: { locale: ShopLocale }) {
  useEffect(() => {
    // Loaded in the browser only: the widget defines a custom element.
    void (async () => {
      await import("altcha/external")
      if (locale === "ar") await import("altcha/i18n/ar")
      else await import("altcha/i18n/fr-fr")
      globalThis.$altcha.algorithms.set("PBKDF2/SHA-256", () => new Worker("/vendor/altcha-pbkdf2-worker.js"))
    })()
  }, [locale])
  return <altcha-widget challenge="/api/paiement/captcha" name="captcha" type="checkbox" language={locale === "ar" ? "ar" : "fr-fr"} />
}
