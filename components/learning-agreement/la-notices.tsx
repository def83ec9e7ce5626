import { getFormatter, getTranslations } from "next-intl/server";
import { REQUIRED_FOR_SIGNATURE, TABLE_EDITORS, TABLE_FIELDS, type LaTable } from "@/lib/domain/learning-agreement";
import type { LearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { SIGNED_AT } from "./formats";

function tableOf(field: string): LaTable {
  return (Object.keys(TABLE_FIELDS) as LaTable[]).find((table) => (TABLE_FIELDS[table] as readonly string[]).includes(field)) ?? "A";
}

/** What stands between the agreement and its signatures, said before anyone tries to sign. */
export async function LaNotices({ view }: { view: LearningAgreementView }) {
  const t = await getTranslations("learningAgreement");
  const format = await getFormatter();
  const voided = view.la.signaturesVoidedAt && !view.fullySigned;
  const missing = REQUIRED_FOR_SIGNATURE.filter((f) => view.missing.includes(f));
  return (
    <>
      {voided && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <p className="font-semibold">{t("notices.voidedTitle")}</p>
          <p className="mt-1">{t("notices.voided", { date: format.dateTime(view.la.signaturesVoidedAt!, SIGNED_AT), version: view.la.version })}</p>
        </div>
      )}
      {missing.length > 0 && (
        <div className="rounded-md border border-slate-300 bg-white p-4 text-sm">
          <p className="font-semibold text-slate-900">{t("notices.missingTitle")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {missing.map((field) => {
              const table = tableOf(field);
              return (
                <li key={field}>
                  {t("notices.missingItem", {
                    field: t(`fields.${field}`),
                    table,
                    parties: TABLE_EDITORS[table].map((p) => t(`party.${p}`)).join(t("notices.or")),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {view.fullySigned && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-4 text-sm font-medium text-green-900">
          {t("notices.inForce", { version: view.la.version })}
        </p>
      )}
      {view.locked && view.changesOpen && <p className="rounded-md border border-slate-300 bg-white p-4 text-sm text-slate-800">{t("notices.locked")}</p>}
    </>
  );
}
