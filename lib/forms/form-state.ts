// The typed result every form action returns; messages are next-intl keys, rendered by the form.
export type FieldErrors = Record<string, string[] | undefined>;

/**
 * The translation of each key of a state, in the locale of the request that made it: added by the
 * action pipeline (lib/server/action.ts), so a form needs no namespace of the keys a server action
 * may answer with (components/forms/form-texts.tsx).
 */
export type FormTexts = { locale: string; byKey: Record<string, string> };

export type FormState =
  | { ok: true; message?: string; data?: Record<string, string>; texts?: FormTexts }
  | { ok: false; fieldErrors: FieldErrors; message?: string; values?: Record<string, string>; texts?: FormTexts }
  | null;

export const initialFormState: FormState = null;
