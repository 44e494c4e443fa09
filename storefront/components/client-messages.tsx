import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ComponentProps } from "react"

/**
 * Gives the client components below it only the message namespaces they use, so a page sends the
 * texts of its own forms and nothing else to the browser.
 */
// The provider's own children type: next-intl and this app may see different copies of @types/react.
type Children = ComponentProps<typeof NextIntlClientProvider>["children"]

export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: Children }) {
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]))}>
      {children}
    </NextIntlClientProvider>
  )
}
