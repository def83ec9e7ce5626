"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { parseMessageKey } from "@/lib/forms/message-key";

// Field errors and form messages are message keys. The server action sends their texts with the
// state (lib/server/action.ts), so a page ships only its own namespaces, not those of every key a
// service may answer with. Keys the browser makes itself (a CV too large, the sign-in checks) are
// looked up in the messages of the island (components/i18n/client-messages.tsx).
//
// The texts are kept per locale and key: a key's text is the same for every user (no values are
// filled in), so one table serves every form, and the state's holder records them while it
// renders, before the fields below it read them. A state keeps its texts after a switch of
// language; until the form is sent again, the island's messages (else the earlier text) serve.
const known = new Map<string, string>();
const entry = (locale: string, key: string) => `${locale}\u0000${key}`;
// The last text of each key in any language: after a switch of language a form still shows the
// state it got before, and until it is sent again a key outside the island's namespaces
// (errors.fixFields, say) has only its earlier text.
const lastText = new Map<string, string>();

/** useActionState for a form action: also records the texts the action sent with its state. */
export function useFormActionState<Payload>(action: (state: FormState, payload: Payload) => Promise<FormState>, initialState: FormState) {
  const result = useActionState(action, initialState);
  const texts = result[0]?.texts;
  if (texts) {
    for (const [key, text] of Object.entries(texts.byKey)) {
      known.set(entry(texts.locale, key), text);
      lastText.set(key, text);
    }
  }
  return result;
}

/** Translates a form-state key: the text the server sent, else the island's messages. */
export function useFormText(): (key: string) => string {
  const locale = useLocale();
  const t = useTranslations();
  return (text) => {
    const sent = known.get(entry(locale, text));
    if (sent !== undefined) return sent;
    // A key with values (lib/forms/message-key.ts) the browser made itself, such as a counter's limit.
    const { key, values } = parseMessageKey(text);
    return t.has(key as never) ? t(key as never, values as never) : (lastText.get(text) ?? t(key as never, values as never));
  };
}
