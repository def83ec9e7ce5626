import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** The host's own text, marked with the language it is written in (`lang`), whatever the page's language. */
export async function OfferDescription({ description, requiredSkills, lang }: { description: string; requiredSkills: string; lang?: string }) {
  const t = await getTranslations("offer");
  const skills = requiredSkills
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <Card title={t("descriptionTitle")}>
      <p lang={lang} className="whitespace-pre-line text-sm text-slate-800">
        {description}
      </p>
      {skills.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("skillsTitle")}</h3>
          <ul lang={lang} className="mt-1 list-disc pl-5 text-sm text-slate-800">
            {skills.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
