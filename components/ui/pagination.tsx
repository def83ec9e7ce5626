import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";

const linkClass = "inline-flex min-w-9 items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset";
const idle = "bg-white text-brand-800 ring-slate-300 hover:bg-slate-100";

/** The pages shown: first, last, and two either side of the current one; null = a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return shown.flatMap((p, i) => (i > 0 && p - shown[i - 1]! > 1 ? [null, p] : [p]));
}

/** Previous / numbered / next links; `href` gives each page's shareable URL. Nothing for one page. */
export async function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("search.pagination");
  return (
    <nav aria-label={t("label")} className="mt-6">
      <p className="sr-only">{t("status", { page, pages })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(Math.min(page - 1, pages))} rel="prev" className={`${linkClass} ${idle}`}>
              {t("previous")}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                aria-label={t("page", { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={`${linkClass} ${p === page ? "bg-brand-700 text-white ring-brand-700" : idle}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next" className={`${linkClass} ${idle}`}>
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
