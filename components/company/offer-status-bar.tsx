"use client";
import { OfferStatus } from "@/generated/prisma/enums";
import { Link } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { closeOfferAction, deleteDraftOfferAction, duplicateOfferAction } from "@/app/[locale]/company/offers/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Badge, statusTone } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function OfferStatusBar({ offerId, title, status, justSaved }: { offerId: string; title: string; status: OfferStatus; justSaved?: string }) {
  const t = useTranslations("offerEditor");
  const te = useTranslations("enums");
  const ta = useTranslations("applicants");
  const [closeState, close, closing] = useFormActionState(closeOfferAction, initialFormState);
  const [dupState, duplicate, duplicating] = useFormActionState(duplicateOfferAction, initialFormState);
  const [deleteState, remove, removing] = useFormActionState(deleteDraftOfferAction, initialFormState);
  const message = (closeState?.message ?? dupState?.message ?? deleteState?.message ?? justSaved) as string | undefined;
  const failed = closeState?.ok === false || dupState?.ok === false || deleteState?.ok === false;
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
        {status === "DRAFT" && (
          // Two steps, as for removing an officer: open the confirmation (works without JavaScript), then confirm.
          <details className="basis-full">
            <summary className="cursor-pointer text-sm font-semibold text-red-800 underline">{t("deleteDraft")}</summary>
            <form action={remove} className="mt-2 max-w-md rounded-md border border-red-200 bg-red-50 p-3">
              <p className="mb-3 text-sm text-red-950">{t("deleteConfirm", { title })}</p>
              <input type="hidden" name="offerId" value={offerId} />
              <Button type="submit" variant="danger" disabled={removing}>
                {t("deleteYes")}
              </Button>
            </form>
          </details>
        )}
      </div>
    </div>
  );
}
