import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { apiDocument } from "@/lib/server/openapi-document";
import { schemaRows } from "@/lib/api/schema-rows";
import { PageHeader } from "@/components/ui/page-header";
import { InlineCode } from "@/components/api-docs/inline-code";
import { OperationSection, type DocOperation } from "@/components/api-docs/operation-section";
import { SchemaTable } from "@/components/api-docs/schema-table";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "apiDocs" }))("title"), alternates: localeAlternates(locale, "/api-docs") };
}

/**
 * The reference of /api/v1, rendered on the server from the OpenAPI document (no script of its own).
 * The same for everyone until the next deployment: static and cached (CACHEABLE_PAGES in lib/security/headers.ts).
 */
export default async function ApiDocsPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("apiDocs");
  const doc = apiDocument();
  const components = doc.components.schemas as Record<string, Record<string, unknown>>;
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, DocOperation>).map(([method, op]) => ({ path, method, op })),
  );
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline">
          {t("document")}
        </a>
      </p>
      <p className="text-sm text-slate-700">{t("englishNote")}</p>
      <section aria-labelledby="auth-title" className="space-y-3">
        <h2 id="auth-title" className="text-lg font-semibold text-slate-900">
          {t("authentication")}
        </h2>
        <div lang="en" className="max-w-3xl space-y-2 text-slate-800">
          {doc.info.description.split("\n\n").map((paragraph) => (
            <p key={paragraph}>
              <InlineCode text={paragraph} />
            </p>
          ))}
        </div>
        <h3 id="error-body" className="font-semibold text-slate-900">
          {t("errorBody")}
        </h3>
        <SchemaTable caption={t("errorBodyOf")} rows={schemaRows({ $ref: "#/components/schemas/ApiError" }, components)} />
      </section>
      <nav aria-labelledby="operations-title">
        <h2 id="operations-title" className="text-lg font-semibold text-slate-900">
          {t("operations")}
        </h2>
        <ul className="mt-2 space-y-1">
          {operations.map(({ path, method, op }) => (
            <li key={op.operationId}>
              <a href={`#${op.operationId}`} className="font-mono text-sm text-brand-700 underline">
                {method.toUpperCase()} {path}
              </a>{" "}
              <span lang="en" className="text-sm text-slate-700">
                {op.summary}
              </span>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map(({ path, method, op }) => (
        <OperationSection key={op.operationId} method={method} path={path} op={op} components={components} />
      ))}
    </div>
  );
}
