// The typed result every form action returns; messages are next-intl keys, rendered by the form.
export type FieldErrors = Record<string, string[] | undefined>;

/**
 * `texts`: the translation of each key above, added by the action pipeline (lib/server/action.ts),
 * so a form needs no namespace of the keys a server action may answer with
 * (components/forms/form-texts.tsx).
 */
export type FormState =
  | { ok: true; message?: string; data?: Record<string, string>; texts?: Record<string, string> }
  | { ok: false; fieldErrors: FieldErrors; message?: string; values?: Record<string, string>; texts?: Record<string, string> }
  | null;

export const initialFormState: FormState = null;
