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
    const user = await registerUser(input, await getLocale());
    // The client signs in with the same credentials right after; nothing secret is returned.
    return { ok: true, data: { email: user.email } };
  },
});
