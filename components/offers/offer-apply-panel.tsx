import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { OfferViewer } from "@/lib/server/services/offer-page";
import { Badge, statusTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ApplyForm } from "./apply-form";
import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * What the visitor can do here: sign in (back to this offer), complete the profile, follow the
 * application already sent, or apply. Other roles see nothing: only participants apply.
 */
export async function OfferApplyPanel({
  offerId,
  viewer,
  deadlinePassed,
  deadline,
}: {
  offerId: string;
  viewer: OfferViewer;
  deadlinePassed: boolean;
  deadline: Date;
}) {
  const t = await getTranslations("offer.apply");
  const te = await getTranslations("enums");
  const format = await getFormatter();
  switch (viewer.kind) {
    case "other-role":
      return null;
    case "anonymous":
      return (
        <Card title={t("title")}>
          <p className="mb-3 text-sm text-slate-700">
            {deadlinePassed ? t("closed", { date: format.dateTime(deadline, { dateStyle: "long" }) }) : t("signInLead")}
          </p>
          {!deadlinePassed && (
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/offers/${offerId}`)}`} className={buttonClass()}>
              {t("signIn")}
            </Link>
          )}
        </Card>
      );
    case "no-profile":
      return (
        <Card title={t("title")}>
          <p className="mb-3 text-sm text-slate-700">{t("noProfile")}</p>
          <Link href="/student/profile" className={buttonClass()}>
            {t("completeProfile")}
          </Link>
        </Card>
      );
    case "student":
      if (viewer.application) {
        return (
          <Card title={t("title")}>
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800" data-testid="applied-on">
              {t("appliedOn", { date: format.dateTime(viewer.application.createdAt, { dateStyle: "long" }) })}
              <Badge tone={statusTone(viewer.application.status)}>{te(`applicationStatus.${viewer.application.status}`)}</Badge>
            </p>
            <Link href={`/student/applications/${viewer.application.id}`} className={`${buttonClass("secondary")} mt-3`}>
              {t("viewApplication")}
            </Link>
          </Card>
        );
      }
      if (deadlinePassed) {
        return (
          <Card title={t("title")}>
            <p className="text-sm text-slate-700">{t("closed", { date: format.dateTime(deadline, { dateStyle: "long" }) })}</p>
          </Card>
        );
      }
      return (
        <ClientMessages namespaces={["apply", "validation.cvTooLarge", "validation.cvEmpty", "upload", "saved"]}>
          <ApplyForm offerId={offerId} profileCvFileName={viewer.profileCvFileName} />
        </ClientMessages>
      );
  }
}
