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
    const user = await registerUser(input, await getLocale());
    // The client signs in with the same credentials right after; nothing secret is returned.
    return { ok: true, data: { email: user.email } };
  },
});
