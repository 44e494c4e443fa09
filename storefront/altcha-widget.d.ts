// JSX typing of ALTCHA's <altcha-widget> for this workspace's React 19 (the package's own React typing
// augments whichever React it resolves from the repository root, React 18 there).
import type { WidgetAttributes } from "altcha/types"
import type { HTMLAttributes } from "react"

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "altcha-widget": WidgetAttributes & HTMLAttributes<HTMLElement> & { challenge?: string }
    }
  }
}
