import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { recordFilterQuery, type RecordFilters } from "@/lib/validation/record-export";

const linkClass =
  "inline-flex items-center rounded-md bg-white px-3 py-1.5 text-sm font-medium text-brand-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-100";

/** Previous / next links that keep the filters in the URL. */
export async function RecordsPagination({ params, page, pages }: { params: RecordFilters; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("records.list");
  const href = (p: number) => `/office/records?${recordFilterQuery(params, { page: p > 1 ? p : undefined })}`;
  return (
    <nav aria-label={t("pagination")} className="flex items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      )}
      <span className="text-sm text-slate-700">{t("pageOf", { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
