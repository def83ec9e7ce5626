import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MobilityRecord } from "@/generated/prisma/client";
import { isDotActivityId } from "@/lib/domain/activities";
import { Card } from "@/components/ui/card";
import { PlacementFacts } from "./placement-facts";

const categoriesOf = (value: unknown) => (Array.isArray(value) ? value.filter(isDotActivityId) : []);

/** The mobility record created at approval (docs/domain.md §5): ids, period and the §4 grant breakdown. */
export async function PlacementRecord({ record, placementId }: { record: MobilityRecord; placementId: string }) {
  const t = await getTranslations("placementReview.record");
  const ta = await getTranslations("activities");
  const format = await getFormatter();
  const euro = (cents: number) => format.number(cents / 100, { style: "currency", currency: "EUR" });
  const overrideCategories = categoriesOf(record.overrideCategories);
  const rows: [string, React.ReactNode][] = [
    [
      t("mobilityId"),
      <code key="id" className="font-mono">
        {record.mobilityId}
      </code>,
    ],
    [
      t("agreementNumber"),
      <code key="ag" className="font-mono">
        {record.agreementNumber}
      </code>,
    ],
    [t("activityType"), record.activityType],
    [t("actionCall"), `${record.action} · ${record.callYear}`],
    [t("period"), format.dateTimeRange(record.startDate, record.endDate, { dateStyle: "long" })],
    [t("durationDays"), t("days", { count: record.durationDays })],
    [
      t("categories"),
      categoriesOf(record.categories)
        .map((id) => ta(`${id}.label`))
        .join(", "),
    ],
    [
      t("approvedBy"),
      t("approvedByValue", { name: record.approvedByName || "—", date: format.dateTime(record.approvedAt, { dateStyle: "medium", timeStyle: "short" }) }),
    ],
  ];
  const grantRows: [string, string][] = [
    // docs/domain.md §3a: staff, KA121/KA122 learners and short-term traineeships are paid per day.
    record.grantBasis === "monthly"
      ? [t("fundedDuration", { months: record.fundedMonths, days: record.extraDays }), t("perMonth", { amount: euro(record.monthlyRateCents) })]
      : [t("days", { count: record.durationDays }), t("perDay", { amount: euro(record.dailyRateCents) })],
    [record.countryGroup ? t("baseGroup", { group: record.countryGroup }) : t("baseFlat"), euro(record.baseGrantCents)],
    [t("topUp"), euro(record.topUpCents)],
    [t("travel"), euro(record.travelCents)],
  ];
  return (
    <Card title={t("title")} className="border-green-200">
      <div data-testid="mobility-record">
        <PlacementFacts rows={rows} />
        {record.overrideJustification && (
          <div className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            <p className="font-semibold">
              {t("override", {
                name: record.overrideByName ?? "—",
                categories: overrideCategories.map((id) => ta(`${id}.label`)).join(", "),
              })}
            </p>
            <p className="mt-1 whitespace-pre-line">{record.overrideJustification}</p>
          </div>
        )}
        <h3 className="mt-5 font-semibold text-slate-900">{t("grantTitle")}</h3>
        <table className="mt-2 w-full max-w-md text-sm" data-testid="grant-breakdown">
          <caption className="sr-only">{t("grantTitle")}</caption>
          <tbody className="divide-y divide-slate-100">
            {grantRows.map(([label, amount]) => (
              <tr key={label}>
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-slate-700">
                  {label}
                </th>
                <td className="py-1.5 text-right">{amount}</td>
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className="py-1.5 pr-4 text-left">
                {t("total")}
              </th>
              <td className="py-1.5 text-right" data-testid="grant-total">
                {euro(record.totalGrantCents)}
              </td>
            </tr>
          </tbody>
        </table>
        <p className="mt-5">
          <Link href={`/placements/${placementId}/learning-agreement`} className="font-medium text-brand-800 underline">
            {t("learningAgreement")}
          </Link>
        </p>
      </div>
    </Card>
  );
}
