"use server";
import { getLocale } from "next-intl/server";
import { publicAction } from "@/lib/server/action";
import { registerSchema } from "@/lib/validation/auth";
import { registerUser } from "@/lib/server/services/users";
import { ExpectedError } from "@/lib/server/errors";
import { currentClientAddress } from "@/lib/server/security/request-address";
import { assertWithinLimit, ThrottledError } from "@/lib/server/security/throttle";

export const registerAction = publicAction({
  schema: registerSchema,
  async handler(input, currentUser) {
    if (currentUser) throw new ExpectedError("auth.alreadySignedIn");
    // Per client address (REGISTER_LIMIT_PER_HOUR), shared by every instance.
    await assertWithinLimit("register", await currentClientAddress()).catch((error: unknown) => {
      throw error instanceof ThrottledError ? new ExpectedError("throttle.tryLater") : error;
    });
    await registerUser(input, await getLocale());
    // The same answer for a new and a taken address: the form shows "check your inbox".
    return { ok: true, data: { email: input.email } };
  },
});
