import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { cancelAccountDeletionAction, requestDataExportAction } from "@/app/[locale]/account/actions";
import { SingleActionForm } from "@/components/account/single-action-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import type { DataExport } from "@/generated/prisma/client";

const SECTION = "rounded-lg border border-slate-200 bg-white p-6 shadow-sm";

/** "My data" on /account: the export's state from its row (a reload shows the progress, no script needed). */
export async function MyDataSection({ latest }: { latest: DataExport | null }) {
  const [t, format] = await Promise.all([getTranslations("myData"), getFormatter()]);
  const busy = latest?.status === "queued" || latest?.status === "running";
  return (
    <section id="my-data" aria-labelledby="my-data-heading" className={SECTION}>
      <h2 id="my-data-heading" className="mb-2 text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-slate-700">{t("lead")}</p>
      {busy && (
        <div className="mb-4" data-export-status={latest.status}>
          <p role="status">{latest.status === "queued" ? t("queued") : t("running", { progress: latest.progress })}</p>
          <progress className="my-2 w-full" max={100} value={latest.progress} aria-labelledby="my-data-heading" />
          <Link href="/account#my-data" className="font-semibold text-brand-700 underline">
            {t("refresh")}
          </Link>
        </div>
      )}
      {latest?.status === "ready" && latest.expiresAt && (
        <div className="mb-4" data-export-status="ready">
          <p role="status" className="mb-2">
            {t("ready", { expires: format.dateTime(latest.expiresAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) })}
          </p>
          {/* A plain link: the route answers with the ZIP as an attachment. */}
          <a href={`/my-data/${latest.id}`} className="font-semibold text-brand-700 underline" download>
            {t("download", { size: format.number(Math.max(1, (latest.size ?? 0) / 1024), { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }) })}
          </a>
        </div>
      )}
      {latest?.status === "failed" && (
        <p role="alert" className="mb-4 font-medium text-red-700">
          {t("failed")}
        </p>
      )}
      {!busy && <SingleActionForm action={requestDataExportAction} label={t("prepare")} pendingLabel={t("preparing")} />}
    </section>
  );
}

/** "Delete my account": what is erased, what must be kept and why, and the confirmation or the cancel. */
export async function DeleteAccountSection({ eraseAfter }: { eraseAfter: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("myData.delete"), getFormatter()]);
  return (
    <section id="delete-account" aria-labelledby="delete-account-heading" className={SECTION}>
      <h2 id="delete-account-heading" className="mb-2 text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-2 text-slate-700">{t("lead")}</p>
      <p className="mb-4 text-slate-700">{t("kept")}</p>
      {eraseAfter ? (
        <>
          <p role="status" className="mb-4 font-semibold text-red-800">
            {t("scheduled", { date: format.dateTime(eraseAfter, { dateStyle: "long", timeZone: "UTC" }) })}
          </p>
          <SingleActionForm action={cancelAccountDeletionAction} label={t("cancel")} pendingLabel={t("cancelling")} variant="secondary" />
        </>
      ) : (
        <DeleteAccountForm label={t("confirmLabel")} submit={t("submit")} submitting={t("submitting")} />
      )}
    </section>
  );
}
