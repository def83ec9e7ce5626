import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, type Messages } from "@/lib/forms/messages";
import { namesOfLocale } from "@/lib/text/display-name";
import type { NameKind } from "@/lib/text/name-options";
import { NamesProvider } from "./names-context";

/**
 * The messages a client island needs, and no others: without this every page would carry every
 * string of messages/*.json in its flight data. `namespaces` are message paths ("apply",
 * "offerEditor.check"). A nested provider replaces its parent's messages (it does not merge), so
 * list everything the client components below use; tests/unit/client-messages.test.ts checks that
 * against their source. `names`: the country ("region") and language lists of the page's locale
 * that the island's selects need (useNameOptions).
 */
export async function ClientMessages({
  namespaces,
  names = [],
  children,
}: {
  namespaces: readonly string[];
  names?: readonly NameKind[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Messages;
  const provided = <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
  if (names.length === 0) return provided;
  const lists = namesOfLocale(await getLocale());
  return <NamesProvider lists={Object.fromEntries(names.map((kind) => [kind, lists[kind]]))}>{provided}</NamesProvider>;
}
