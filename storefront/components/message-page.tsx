import { ShopLink } from "./shop-link"

/**
 * A page that only says one thing — not found, already ordered, a link that no longer opens — with
 * the way out. `alert` when it reports a problem, so screen readers announce it.
 */
export function MessagePage(props: { title: string; text: string; alert?: boolean; action?: { href: string; label: string } }) {
  return (
    <section className="message-page">
      <h1>{props.title}</h1>
      <p role={props.alert ? "alert" : undefined}>{props.text}</p>
      {props.action ? (
        <ShopLink className="button" href={props.action.href}>
          {props.action.label}
        </ShopLink>
      ) : null}
    </section>
  )
}
