import { getTranslations } from "next-intl/server";
import { resendVerificationAction } from "@/app/[locale]/account/actions";
import { SingleActionForm } from "./single-action-form";
import { VerifyEmailIsland } from "./verify-email-island";

/**
 * On every page while a self-registered account has not confirmed its address (it cannot apply or
 * publish yet). Rendered the same for everyone; the client island shows it to whom it concerns.
 */
export async function VerifyEmailBanner() {
  const t = await getTranslations("accountSecurity");
  return (
    <VerifyEmailIsland title={t("bannerTitle")} text={t("bannerText", { email: "{email}" })}>
      <SingleActionForm action={resendVerificationAction} label={t("resend")} pendingLabel={t("sending")} variant="secondary" />
    </VerifyEmailIsland>
  );
}
