import { getTranslations } from "next-intl/server"
import type { BookingStep } from "../../lib/booking/booking-choice"

const ORDER: BookingStep[] = ["place", "fault", "slot", "details", "review"]
const LABEL = { place: "stepPlace", fault: "stepFault", slot: "stepSlot", details: "stepDetails", review: "stepReview" } as const

/** Where the customer is in the booking, for the eye and for screen readers. */
export async function BookingSteps({ current }: { current: BookingStep }) {
  const t = await getTranslations("booking")
  return (
    <ol className="steps" aria-label={t("steps")}>
      {ORDER.map((step) => (
        <li key={step} aria-current={step === current ? "step" : undefined}>
          {t(LABEL[step])}
        </li>
      ))}
    </ol>
  )
}
