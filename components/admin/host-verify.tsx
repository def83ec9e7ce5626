"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { setHostVerifiedAction } from "@/app/[locale]/admin/hosts/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Verify or unverify one host, after a confirmation step (a <details>: works without JavaScript). */
export function HostVerify({ host, listQuery }: { host: { id: string; legalName: string; verified: boolean }; listQuery: string }) {
  const t = useTranslations("adminArea.hosts");
  const [state, formAction, pending] = useFormActionState(setHostVerifiedAction, initialFormState);
  const verify = !host.verified;
  return (
    <div>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      {/* Keyed by the state: after a decision the confirmation closes instead of offering the opposite. */}
      <details key={String(host.verified)}>
        <summary className={`cursor-pointer text-sm font-semibold underline ${verify ? "text-brand-800" : "text-red-800"}`}>
          {t.rich(verify ? "verify" : "unverify", { name: host.legalName, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
        </summary>
        <form action={formAction} className="mt-2 max-w-xs rounded-md border border-slate-200 bg-slate-50 p-3">
          <p className="mb-3 text-sm text-slate-800">
            {verify ? t("verifyConfirm", { name: host.legalName }) : t("unverifyConfirm", { name: host.legalName })}
          </p>
          <input type="hidden" name="hostId" value={host.id} />
          <input type="hidden" name="verified" value={String(verify)} />
          <input type="hidden" name="listQuery" value={listQuery} />
          <Button type="submit" variant={verify ? "primary" : "danger"} disabled={pending}>
            {verify ? t("verifyYes") : t("unverifyYes")}
          </Button>
        </form>
      </details>
    </div>
  );
}
