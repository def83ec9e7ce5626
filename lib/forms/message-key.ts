// A form or API message is a next-intl key. A message that names a limit and the value the user
// gave ("At most 200 characters (you have 214)") carries those values after the key, as a query
// string: "validation.maxChars?max=200&count=214". The key with its values stays one string, so
// field errors stay string lists (lib/forms/form-state.ts) and a text can be cached per key
// (components/forms/form-texts.tsx); the translators split it again with parseMessageKey.

export type MessageValues = Record<string, string | number>;

/** `key` with `values` attached (the values are numbers or plain words). */
export function messageKey(key: string, values: MessageValues): string {
  const query = new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return `${key}?${query}`;
}

/** The next-intl key and its values; numbers come back as numbers so ICU formats them per locale. */
export function parseMessageKey(text: string): { key: string; values?: MessageValues } {
  const mark = text.indexOf("?");
  if (mark < 0) return { key: text };
  const values: MessageValues = {};
  for (const [name, value] of new URLSearchParams(text.slice(mark + 1))) values[name] = /^-?\d+$/.test(value) ? Number(value) : value;
  return { key: text.slice(0, mark), values };
}
