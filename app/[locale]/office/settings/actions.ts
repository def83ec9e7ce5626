"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import type { FormState } from "@/lib/forms/form-state";
import { authedAction, remountToken } from "@/lib/server/action";
import { resetGrantRates, saveGrantRates } from "@/lib/server/services/grant-rates";
import { saveAgreement } from "@/lib/server/services/project-agreements";
import { callSchema, grantRateTableSchema } from "@/lib/validation/grant-rates";
import { projectAgreementSchema } from "@/lib/validation/project-agreement";
import { formatSettingsSchema } from "@/lib/validation/format-settings";
import { saveFormatSettings } from "@/lib/server/services/format-settings";

// The institution always comes from the signed-in officer (services), never from the form.

const saveRates = authedAction({
  schema: grantRateTableSchema,
  permission: "manage:grant-rate:own",
  async handler(input, user) {
    const written = await saveGrantRates(user, input);
    revalidateLocalised("/office/settings");
    return { ok: true, message: written ? "officeSettings.rates.saved" : "officeSettings.rates.unchanged", data: remountToken() };
  },
});

const resetRates = authedAction({
  schema: callSchema,
  permission: "manage:grant-rate:own",
  async handler(input, user) {
    await resetGrantRates(user, input);
    revalidateLocalised("/office/settings");
    return { ok: true, message: "officeSettings.rates.resetDone", data: remountToken() };
  },
});

export const saveAgreementAction = authedAction({
  schema: projectAgreementSchema,
  permission: "manage:grant-rate:own",
  async handler(input, user) {
    await saveAgreement(user, input);
    revalidateLocalised("/office/settings");
    return { ok: true, message: "officeSettings.agreements.saved", data: { at: new Date().toISOString() } };
  },
});

/** The rate table's one form has two buttons: save (the default) and reset to the defaults. */
export async function rateTableAction(prev: FormState, formData: FormData): Promise<FormState> {
  return formData.get("intent") === "reset" ? resetRates(prev, formData) : saveRates(prev, formData);
}

/** The organisation's values for the rules docs/domain.md §3a leaves unconfirmed. */
export const saveFormatSettingsAction = authedAction({
  schema: formatSettingsSchema,
  permission: "manage:grant-rate:own",
  async handler(input, user) {
    const changed = await saveFormatSettings(user, input);
    revalidateLocalised("/office/settings");
    return { ok: true, message: changed ? "formatSettings.saved" : "formatSettings.unchanged", data: { at: new Date().toISOString() } };
  },
});
