import { getTranslations } from "next-intl/server";
import { resendVerificationAction } from "@/app/[locale]/account/actions";
import { getCurrentUser } from "@/lib/server/auth/session";
import { SingleActionForm } from "./single-action-form";

/** On every page while a self-registered account has not confirmed its address (it cannot apply or publish yet). */
export async function VerifyEmailBanner() {
  const user = await getCurrentUser();
  // Only self-registered roles are held back (lib/server/auth/verified-email.ts); staff are provisioned.
  if (!user || user.emailVerified || (user.role !== "STUDENT" && user.role !== "COMPANY")) return null;
  const t = await getTranslations("accountSecurity");
  return (
    <section aria-labelledby="verify-banner-title" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="verify-banner-title" className="font-semibold">
        {t("bannerTitle")}
      </h2>
      <p className="mb-3 text-sm">{t("bannerText", { email: user.email })}</p>
      <SingleActionForm action={resendVerificationAction} label={t("resend")} pendingLabel={t("sending")} variant="secondary" />
    </section>
  );
}
