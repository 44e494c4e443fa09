/** The e-mails the stack under test sent (the SMTP sink's files), read as a mail client would. */
import { expect } from "@playwright/test"
import { simpleParser } from "mailparser"
import { sinkMessages } from "./medusa-admin"

/** The storefront path (with its token) of the link an e-mail to `email` holds, once it arrived. */
export async function linkMailedTo(email: string, pathStart: string): Promise<string> {
  let found = ""
  await expect
    .poll(
      async () => {
        // The body is quoted-printable: parse each message to this address before reading it.
        for (const message of sinkMessages().filter((candidate) => candidate.includes(email))) {
          const text = (await simpleParser(message)).text ?? ""
          const at = text.indexOf(pathStart)
          if (at >= 0) found = text.slice(text.lastIndexOf("http", at)).split(/\s/)[0]!
        }
        return found
      },
      { timeout: 30_000 }
    )
    .toBeTruthy()
  const link = new URL(found)
  return link.pathname + link.search
}
