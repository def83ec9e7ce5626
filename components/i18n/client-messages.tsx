import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, type Messages } from "@/lib/forms/messages";

/**
 * The messages a client island needs, and no others: without this every page would carry every
 * string of messages/*.json in its flight data. `namespaces` are message paths ("apply",
 * "offerEditor.check"). A nested provider replaces its parent's messages (it does not merge), so
 * list everything the client components below use; tests/unit/client-messages.test.ts checks that
 * against their source.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
