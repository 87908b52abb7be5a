/**
 * Only the namespaces a client component needs go to the browser (NextIntlClientProvider):
 * everything else is translated on the server and never shipped.
 */
import type { AbstractIntlMessages } from "next-intl";

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]!]));
}
