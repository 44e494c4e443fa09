import type { Metadata } from "next"
import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { medusaFailure } from "../lib/medusa/errors"
import { refusalWords } from "../lib/medusa/refusal-text"
import { MessagePage } from "./message-page"
import { ShopLink } from "./shop-link"

/** The messages of a gateway's return page (both share these keys). */
type ReturnNamespace = "cardPayment" | "chargilyPayment"

/** What the gateway's answer, as Medusa settled it, gives the customer to read. */
export type PaymentOutcome =
  | { kind: "paid"; receipt: ReactNode; orderToken: string | null }
  | { kind: "failed"; title: string; reason: ReactNode }
  | { kind: "message"; title: string; text: string; alert?: boolean }
  | { kind: "waiting" }
  | { kind: "problem" }

/** The return page's title; its URL carries the gateway's reference: never indexed, never sent as a referrer. */
export function paymentReturnMetadata(namespace: ReturnNamespace) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace })
    return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" }
  }
}

/**
 * Where a payment gateway sends the customer back, with its own reference only (cookies may not come
 * back): Medusa asks the gateway and settles (placing the order when paid); the query string itself
 * decides nothing. A reference of the wrong shape or unknown to Medusa says `unknownCode`'s words.
 */
export async function PaymentReturn(props: {
  namespace: ReturnNamespace
  unknownCode: RefusalCode
  /** The query string's reference, checked for the gateway's shape before Medusa is asked. */
  reference: unknown
  isReference: (value: unknown) => value is string
  settle: (reference: string) => Promise<PaymentOutcome>
}) {
  const t = await getTranslations(props.namespace)
  const unknown = async () => <MessagePage title={t("title")} text={await refusalWords(props.unknownCode)} alert />
  if (!props.isReference(props.reference)) return unknown()
  let outcome: PaymentOutcome
  try {
    outcome = await props.settle(props.reference)
  } catch (error) {
    if (medusaFailure(error).code === props.unknownCode) return unknown()
    throw error
  }
  switch (outcome.kind) {
    case "paid":
      return (
        <section className="card-payment-result">
          <h1>{t("paidTitle")}</h1>
          <p role="status">{t("paidText")}</p>
          {outcome.receipt}
          {outcome.orderToken ? (
            <ShopLink className="button button--primary" href={`/commande?token=${encodeURIComponent(outcome.orderToken)}`}>
              {t("seeOrder")}
            </ShopLink>
          ) : null}
        </section>
      )
    case "failed":
      return (
        <section className="card-payment-result">
          <h1>{outcome.title}</h1>
          {outcome.reason}
          <ShopLink className="button" href="/caisse?etape=verification">
            {t("tryAgain")}
          </ShopLink>
        </section>
      )
    case "message":
      return <MessagePage title={outcome.title} text={outcome.text} alert={outcome.alert} />
    case "problem":
      return <MessagePage title={t("problemTitle")} text={t("problemText")} alert />
    case "waiting":
      return <MessagePage title={t("waitingTitle")} text={t("waitingText")} />
  }
}
