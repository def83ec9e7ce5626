import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { ParamIssue } from "@/lib/validation/admin-params";

/** Which filters of the link were not understood; the list below runs without them. */
export async function ParamsInvalid({ issues, resetHref }: { issues: ParamIssue[]; resetHref: string }) {
  if (issues.length === 0) return null;
  const t = await getTranslations("adminArea.invalid");
  const tAll = await getTranslations();
  return (
    <div role="alert" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">{t("title")}</p>
      <ul className="mt-2 list-disc pl-5">
        {issues.map((i) => (
          <li key={`${i.field}-${i.message}`}>{tAll(i.message as never)}</li>
        ))}
      </ul>
      <Link href={resetHref} className="mt-2 inline-block font-medium text-brand-800 underline">
        {t("reset")}
      </Link>
    </div>
  );
}
