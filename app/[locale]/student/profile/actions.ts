"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import type { FormState } from "@/lib/forms/form-state";
import { authedAction, remountToken } from "@/lib/server/action";
import { saveOwnProfile } from "@/lib/server/services/participant-profiles";
import { participantProfileSchema } from "@/lib/validation/participant-profile";

const save = authedAction({
  schema: participantProfileSchema,
  permission: "manage:participant-profile:own",
  async handler({ cv, ...input }, user) {
    await saveOwnProfile(user, input, cv);
    revalidateLocalised("/student", "layout");
    return { ok: true, message: "profile.saved", data: remountToken() };
  },
});

/**
 * Saves the signed-in student's profile. The pipeline echoes single values after an error; the
 * language rows are repeated fields, so they are echoed here per row to keep what was chosen.
 */
export async function saveProfileAction(prev: FormState, formData: FormData): Promise<FormState> {
  const state = await save(prev, formData);
  if (state && !state.ok) {
    const values = { ...state.values };
    for (const name of ["languageCode", "languageLevel"] as const) {
      formData.getAll(name).forEach((value, i) => {
        if (typeof value === "string") values[`${name}.${i}`] = value;
      });
    }
    return { ...state, values };
  }
  return state;
}
