"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { retryAllFailedJobsAction, retryJobAction } from "@/app/[locale]/admin/jobs/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Retry one failed job (a fresh set of attempts, starting now). */
export function JobRetry({ jobId, label }: { jobId: string; label: string }) {
  const t = useTranslations("adminArea.jobs");
  const [state, formAction, pending] = useFormActionState(retryJobAction, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="jobId" value={jobId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("retry")}
        <span className="sr-only"> {label}</span>
      </Button>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
    </form>
  );
}

/** Retry every failed job at once, e.g. once the SMTP server is back. */
export function JobRetryAll({ count }: { count: number }) {
  const t = useTranslations("adminArea.jobs");
  const [state, formAction, pending] = useFormActionState(retryAllFailedJobsAction, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending || count === 0}>
        {t("retryAll", { count })}
      </Button>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
    </form>
  );
}
