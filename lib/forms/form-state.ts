// The typed result every form action returns; messages are next-intl keys, rendered by the form.
export type FieldErrors = Record<string, string[] | undefined>;

export type FormState =
  | { ok: true; message?: string; data?: Record<string, string> }
  | { ok: false; fieldErrors: FieldErrors; message?: string; values?: Record<string, string> }
  | null;

export const initialFormState: FormState = null;
