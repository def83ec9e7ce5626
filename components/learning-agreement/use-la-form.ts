"use client";
import { useFormActionState } from "@/components/forms/form-texts";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The state of one agreement form: errors per field, and each field's value — what was typed
 * after an error, otherwise what is stored (the page re-renders with the saved values).
 */
export function useLaForm(action: Action) {
  const [state, formAction, pending] = useFormActionState(action, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const value = (name: string, stored: string | number | null | undefined) =>
    (state && !state.ok ? state.values?.[name] : undefined) ?? (stored == null ? "" : String(stored));
  // Remount per result: React resets a form after its action, and selects would lose their value.
  const key = state ? JSON.stringify(state) : "initial";
  return { state, formAction, pending, errors, value, key };
}
