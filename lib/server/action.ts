import "server-only";
import type { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { getLocale, getTranslations } from "next-intl/server";
import { formStateKeys } from "@/lib/forms/messages";
import { parseMessageKey } from "@/lib/forms/message-key";
import { getCurrentUser, type CurrentUser } from "./auth/session";
import type { Permission } from "./auth/policy";
import { errorFields } from "./log";
import { logInRequest } from "./request-log";
import { type Access, type PipelineDeps, type RequiredAuth, type UserFor, fromSafeParse, runPipeline } from "./pipeline/core";
import { formDataToObject, formStateOf, stringValues } from "./pipeline/form";

export { remountToken } from "./pipeline/form";

const actionDeps: PipelineDeps = {
  currentUser: getCurrentUser,
  logUnexpected: (error) => logInRequest("error", "action.unexpected", errorFields(error)),
};

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
    // Keys a service answered with at runtime: checked with has() before use, so untyped here.
    const message = parseMessageKey(text);
    const key = message.key as Parameters<typeof t>[0];
    if (t.has(key)) byKey[text] = t(key, message.values);
  }
  return { ...state, texts: { locale, byKey } };
}

/** A form's action through the pipeline (lib/server/pipeline/core.ts): its fields parsed first, then the user. */
function formAction<A extends Access, S extends z.ZodType>(access: A, schema: S, handler: (input: z.infer<S>, user: UserFor<A>) => Promise<FormState | void>) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const result = await runPipeline(
      {
        access,
        parseFirst: true,
        input: () => fromSafeParse<z.infer<S>>(schema.safeParse(raw)),
        handler: async (input: z.infer<S>, user: UserFor<A>): Promise<FormState> => (await handler(input, user)) ?? { ok: true },
      },
      actionDeps,
    );
    return withTexts(result.ok ? result.answer : formStateOf(result.failure, stringValues(raw)));
  };
}

/**
 * Every mutation of a signed-in user: parse with zod → authenticate → authorize against the
 * user the server loaded → call the service → typed state for the form.
 */
export function authedAction<S extends z.ZodType>(options: {
  schema: S;
  permission: Permission;
  handler: (input: z.infer<S>, user: CurrentUser) => Promise<FormState | void>;
  /** Only the password change itself runs while an officer must still replace a one-time password. */
  allowedBeforePasswordChange?: boolean;
}) {
  const { schema, permission, handler, allowedBeforePasswordChange } = options;
  const access: RequiredAuth = { auth: "required", permission, allowedBeforePasswordChange };
  return formAction(access, schema, handler);
}

/** The same pipeline for the few mutations open to anonymous visitors (registration). */
export function publicAction<S extends z.ZodType>(options: { schema: S; handler: (input: z.infer<S>, user: CurrentUser | null) => Promise<FormState | void> }) {
  return formAction({ auth: "optional" } as const, options.schema, options.handler);
}

/**
 * A plain form post that navigates (no form state): input the schema refuses changes nothing; a
 * refusal or an unexpected error goes to the error page, as a throwing action's would.
 */
export function navigationAction<S extends z.ZodType>(options: { schema: S; handler: (input: z.infer<S>, user: CurrentUser | null) => Promise<void> }) {
  return async (formData: FormData): Promise<void> => {
    const result = await runPipeline(
      {
        access: { auth: "optional" } as const,
        parseFirst: true,
        input: () => fromSafeParse<z.infer<S>>(options.schema.safeParse(formDataToObject(formData))),
        handler: options.handler,
      },
      {
        currentUser: getCurrentUser,
        logUnexpected: (error) => {
          throw error;
        },
      },
    );
    if (!result.ok && result.failure.kind !== "invalid") throw new Error(result.failure.key);
  };
}
