import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { KeyAction } from "@/lib/domain/actions";
import { callYearsOf } from "@/lib/validation/grant-rates";

const chip = (current: boolean) =>
  `rounded-full px-3 py-1 text-sm font-medium ${current ? "bg-brand-700 text-white" : "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100"}`;

const href = (action: KeyAction, callYear?: number) => `/office/settings?action=${action}${callYear ? `&callYear=${callYear}` : ""}`;

/** Links, not a form: every choice is a valid action + call year, and works without JavaScript. */
export async function CallPicker({ action, callYear, actions }: { action: KeyAction; callYear: number; actions: readonly KeyAction[] }) {
  const t = await getTranslations("officeSettings");
  return (
    <div className="space-y-3">
      <nav aria-label={t("actionsNav")} className="flex flex-wrap gap-2">
        {actions.map((a) => (
          <Link key={a} href={href(a)} aria-current={a === action ? "page" : undefined} className={chip(a === action)}>
            {t(`actions.${a}`)}
          </Link>
        ))}
      </nav>
      <nav aria-label={t("callYearsNav", { action })} className="flex flex-wrap gap-2">
        {callYearsOf(action).map((y) => (
          <Link key={y} href={href(action, y)} aria-current={y === callYear ? "page" : undefined} className={chip(y === callYear)}>
            {t("callYear", { year: y })}
          </Link>
        ))}
      </nav>
    </div>
  );
}
