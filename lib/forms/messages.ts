// Message subsets for client components (no Next, no I/O): the pages send each client island only
// the messages it uses (components/i18n/client-messages.tsx), and a form's state carries the
// translated text of the keys the server put in it (lib/server/action.ts, components/forms/form-texts.tsx).
import type { FormState } from "./form-state";

export type Messages = { [key: string]: string | Messages };

/**
 * The parts of `messages` named by `paths` ("apply", "offerEditor.check", "auth.wrongCredentials"),
 * nested as in the full tree. A path that names nothing is an error: a typo would otherwise
 * surface only as a missing text in the browser.
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const parts = path.split(".");
    let node: string | Messages | undefined = messages;
    for (const part of parts) node = typeof node === "object" ? node[part] : undefined;
    if (node === undefined) throw new Error(`No messages at "${path}"`);
    setPath(picked, parts, node);
  }
  return picked;
}

function setPath(target: Messages, parts: string[], value: string | Messages) {
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node = node[part] = typeof next === "object" ? next : {};
  }
  const last = parts[parts.length - 1]!;
  const existing = node[last];
  node[last] = typeof existing === "object" && typeof value === "object" ? mergeMessages(existing, value) : value;
}

/** `extra` laid over `base` (a new tree; neither is changed). */
function mergeMessages(base: Messages, extra: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    merged[key] = typeof existing === "object" && typeof value === "object" ? mergeMessages(existing, value) : value;
  }
  return merged;
}

/** Every message key a form state holds: its message and its field errors. */
export function formStateKeys(state: FormState): string[] {
  if (!state) return [];
  const keys = new Set<string>();
  if (state.message) keys.add(state.message);
  if (!state.ok) for (const list of Object.values(state.fieldErrors)) for (const key of list ?? []) keys.add(key);
  return [...keys];
}
