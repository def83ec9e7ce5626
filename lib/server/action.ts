import "server-only";
import type { z } from "zod";
import type { FieldErrors, FormState } from "@/lib/forms/form-state";
import { zodIssuesToFieldErrors } from "@/lib/forms/zod-field-errors";
import { getCurrentUser, type CurrentUser } from "./auth/session";
import { can, type Permission } from "./auth/policy";
import { getLocale, getTranslations } from "next-intl/server";
import { formStateKeys } from "@/lib/forms/messages";
import { parseMessageKey } from "@/lib/forms/message-key";
import { ExpectedError } from "./errors";
import { errorFields } from "./log";
import { logInRequest } from "./request-log";

type Handler<S extends z.ZodType, U> = (input: z.infer<S>, user: U) => Promise<FormState | void>;

function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own bookkeeping fields
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function stringValues(raw: Record<string, unknown>): Record<string, string> {
  // Echo typed values back so the form keeps them after an error (never passwords or files).
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && !/password/i.test(k)) values[k] = v;
  return values;
}

function zodFieldErrors(error: z.ZodError): FieldErrors {
  return zodIssuesToFieldErrors(error.issues);
}

async function onError(error: unknown, values: Record<string, string>): Promise<FormState> {
  if (error instanceof ExpectedError) {
    return error.field
      ? { ok: false, fieldErrors: { [error.field]: [error.key] }, values }
      : { ok: false, fieldErrors: {}, message: error.key, values };
  }
  // Next's redirect()/forbidden() are signalled by throwing; let them through.
  if (error && typeof error === "object" && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
  await logInRequest("error", "action.unexpected", errorFields(error));
  return { ok: false, fieldErrors: {}, message: "errors.generic", values };
}

/**
 * The state with the translation of every key it holds: the form shows these texts, so its page
 * need not send the namespaces of every key a service may answer with.
 */
export async function withTexts(state: FormState): Promise<FormState> {
  const keys = formStateKeys(state);
  if (!state || keys.length === 0) return state;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const byKey: Record<string, string> = {};
  for (const text of keys) {
    const { key, values } = parseMessageKey(text);
    if (t.has(key)) byKey[text] = t(key, values);
  }
  return { ...state, texts: { locale, byKey } };
}

/**
 * The one pipeline for every mutation: parse with zod → authenticate → authorize against the
 * user the server loaded → call the service → typed state for the form.
 */
export function authedAction<S extends z.ZodType>(options: {
  schema: S;
  permission: Permission;
  handler: Handler<S, CurrentUser>;
  /** Only the password change itself runs while an officer must still replace a one-time password. */
  allowedBeforePasswordChange?: boolean;
}) {
  const run = async (formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const values = stringValues(raw);
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), message: "errors.fixFields", values };
    const user = await getCurrentUser();
    if (!user) return { ok: false, fieldErrors: {}, message: "errors.signInRequired", values };
    if (user.mustChangePassword && !options.allowedBeforePasswordChange) return { ok: false, fieldErrors: {}, message: "errors.choosePasswordFirst", values };
    if (!can(user.role, options.permission)) return { ok: false, fieldErrors: {}, message: "errors.forbidden", values };
    try {
      return (await options.handler(parsed.data, user)) ?? { ok: true };
    } catch (error) {
      return await onError(error, values);
    }
  };
  return async (_prev: FormState, formData: FormData): Promise<FormState> => withTexts(await run(formData));
}

/** The same pipeline for the few mutations open to anonymous visitors (registration). */
export function publicAction<S extends z.ZodType>(options: { schema: S; handler: Handler<S, CurrentUser | null> }) {
  const run = async (formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const values = stringValues(raw);
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), message: "errors.fixFields", values };
    try {
      return (await options.handler(parsed.data, await getCurrentUser())) ?? { ok: true };
    } catch (error) {
      return await onError(error, values);
    }
  };
  return async (_prev: FormState, formData: FormData): Promise<FormState> => withTexts(await run(formData));
}
