import { getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { AxeResults } from "@/lib/accessibility/axe-results";

/** The pages the automated evaluation scanned, folded away: the statement stays readable. */
export async function AxeResultsTable({ results }: { results: AxeResults }) {
  const t = await getTranslations("legal.accessibility.preparation");
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-medium text-brand-700 underline">{t("showPages", { pages: results.pages.length })}</summary>
      <div className="mt-3">
        <Table caption={t("tableCaption")} head={[t("page"), t("scans"), t("violations")]}>
          {results.pages.map((p) => (
            <tr key={p.path}>
              <Td className="font-mono">{p.path}</Td>
              <Td className="text-right tabular-nums">{p.scans}</Td>
              <Td className="text-right tabular-nums">{p.violations}</Td>
            </tr>
          ))}
        </Table>
      </div>
    </details>
  );
}
