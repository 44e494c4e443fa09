"use client"
import { useTranslations } from "next-intl"

/** Something failed while rendering (Medusa unreachable, a bug): say so and offer to retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors")
  return (
    <section className="message-page" role="alert">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      <button className="button" type="button" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  )
}
