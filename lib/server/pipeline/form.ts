import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import type { Failure } from "./core";

// The form side of the pipeline: FormData in, a form state out (lib/server/action.ts).

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own bookkeeping fields
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** The typed values echoed back so the form keeps them after an error (never passwords or files). */
export function stringValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && !/password/i.test(k)) values[k] = v;
  return values;
}

/** A failure as the form shows it: a refusal about one field sits beside it, anything else is the form's message. */
export function formStateOf(failure: Failure, values: Record<string, string>): FormState {
  return failure.field
    ? { ok: false, fieldErrors: failure.fieldErrors, values }
    : { ok: false, fieldErrors: failure.fieldErrors, message: failure.key, values };
}

/**
 * A fresh value for a saved state's `data`: the forms key on their state, so each save remounts
 * them with the values now stored (React resets a form after its action; selects lose their value).
 */
export function remountToken(): Record<string, string> {
  return { remount: new Date().toISOString() };
}
