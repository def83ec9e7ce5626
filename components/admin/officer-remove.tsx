"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { removeOfficerAction } from "@/app/[locale]/admin/institutions/[id]/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Removing is a two-step decision: open the confirmation (works without JavaScript), then confirm. */
export function OfficerRemove({ institutionId, officer }: { institutionId: string; officer: { id: string; name: string } }) {
  const t = useTranslations("adminArea.officers");
  const [state, formAction, pending] = useFormActionState(removeOfficerAction, initialFormState);
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-semibold text-red-800 underline">
        {t.rich("remove", { name: officer.name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      </summary>
      <form action={formAction} className="mt-2 max-w-xs rounded-md border border-red-200 bg-red-50 p-3">
        <FormMessage message={state && !state.ok ? state.message : undefined} />
        <p className="mb-3 text-sm text-red-950">{t("removeConfirm", { name: officer.name })}</p>
        <input type="hidden" name="institutionId" value={institutionId} />
        <input type="hidden" name="userId" value={officer.id} />
        <Button type="submit" variant="danger" disabled={pending}>
          {t("removeYes", { name: officer.name })}
        </Button>
      </form>
    </details>
  );
}
