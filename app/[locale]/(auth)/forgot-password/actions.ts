"use server";
import { publicAction } from "@/lib/server/action";
import { ExpectedError } from "@/lib/server/errors";
import { currentClientAddress } from "@/lib/server/security/request-address";
import { accountKey, assertWithinLimit, consume, ThrottledError } from "@/lib/server/security/throttle";
import { requestPasswordReset } from "@/lib/server/services/account-security";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export const forgotPasswordAction = publicAction({
  schema: forgotPasswordSchema,
  async handler(input) {
    // Per client address (REGISTER_LIMIT_PER_HOUR), shared by every instance.
    await assertWithinLimit("password-reset", await currentClientAddress()).catch((error: unknown) => {
      throw error instanceof ThrottledError ? new ExpectedError("throttle.tryLater") : error;
    });
    // Per address asked for: past the limit nothing more is sent, but the answer stays the same,
    // so the limit reveals nothing about which addresses have accounts.
    const perAccount = await consume("password-reset-account", accountKey(input.email));
    if (perAccount.allowed) await requestPasswordReset(input.email);
    // Whether or not an account has this address: the same answer (no account enumeration).
    return { ok: true, message: "accountSecurity.resetSent" };
  },
});
