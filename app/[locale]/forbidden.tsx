import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-700">403</p>
      <h1 className="mt-2 text-3xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("forbiddenBody")}</p>
      <Link href="/" className={`${buttonClass()} mt-6`}>
        {t("backHome")}
      </Link>
    </div>
  );
}
