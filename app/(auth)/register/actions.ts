"use server";
import { getLocale } from "next-intl/server";
import { publicAction } from "@/lib/server/action";
import { registerSchema } from "@/lib/validation/auth";
import { registerUser } from "@/lib/server/services/users";
import { ExpectedError } from "@/lib/server/errors";

export const registerAction = publicAction({
  schema: registerSchema,
  async handler(input, currentUser) {
    if (currentUser) throw new ExpectedError("auth.alreadySignedIn");
    await registerUser(input, await getLocale());
    // The same answer for a new and a taken address: the form shows "check your inbox".
    return { ok: true, data: { email: input.email } };
  },
});
