"use client";
import { Link } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { closeOfferAction, duplicateOfferAction } from "@/app/[locale]/company/offers/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Badge, statusTone } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function OfferStatusBar({ offerId, status, justSaved }: { offerId: string; status: string; justSaved?: string }) {
  const t = useTranslations("offerEditor");
  const te = useTranslations("enums");
  const ta = useTranslations("applicants");
  const [closeState, close, closing] = useFormActionState(closeOfferAction, initialFormState);
  const [dupState, duplicate, duplicating] = useFormActionState(duplicateOfferAction, initialFormState);
  const message = (closeState?.message ?? dupState?.message ?? justSaved) as string | undefined;
  const failed = closeState?.ok === false || dupState?.ok === false;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage message={message} tone={failed ? "error" : "success"} />
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-slate-700">{t("status")}</span>
        <Badge tone={statusTone(status)}>{te(`offerStatus.${status}`)}</Badge>
        <Link href={`/company/offers/${offerId}/applicants`} className={buttonClass("secondary")}>
          {ta("viewApplicants")}
        </Link>
        <form action={duplicate}>
          <input type="hidden" name="offerId" value={offerId} />
          <Button type="submit" variant="secondary" disabled={duplicating}>
            {t("duplicate")}
          </Button>
        </form>
        {status === "PUBLISHED" && (
          <form
            action={close}
            onSubmit={(e) => {
              if (!window.confirm(t("closeConfirm"))) e.preventDefault();
            }}
          >
            <input type="hidden" name="offerId" value={offerId} />
            <Button type="submit" variant="danger" disabled={closing}>
              {t("close")}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
