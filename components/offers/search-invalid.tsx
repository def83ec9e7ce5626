import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { OfferSearchIssue } from "@/lib/validation/offer-search";

/** What was wrong with the link; the search below runs without those parameters. */
export async function SearchInvalid({ issues }: { issues: OfferSearchIssue[] }) {
  const t = await getTranslations("search");
  const tAll = await getTranslations();
  return (
    <div role="alert" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">{t("invalidTitle")}</p>
      <ul className="mt-2 list-disc pl-5">
        {issues.map((i) => (
          <li key={`${i.field}-${i.message}`}>{t("invalidItem", { field: t(`fields.${i.field}` as never), message: tAll(i.message as never) })}</li>
        ))}
      </ul>
      <Link href="/offers" className="mt-2 inline-block font-medium text-brand-800 underline">
        {t("startOver")}
      </Link>
    </div>
  );
}
