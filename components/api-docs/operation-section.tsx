import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { schemaRows } from "@/lib/api/schema-rows";
import { InlineCode } from "./inline-code";
import { SchemaTable } from "./schema-table";

type Json = Record<string, unknown>;
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Json };
type Response = { description: string; content?: Record<string, { schema: Json }> };
export type DocOperation = {
  operationId: string;
  summary: string;
  description?: string;
  security: Json[];
  "x-permission"?: string;
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, Response>;
};

const ERROR_REF = "#/components/schemas/ApiError";

/** One operation of the document: method, path, who may call it, parameters, body and answers. */
export async function OperationSection({ method, path, op, components }: { method: string; path: string; op: DocOperation; components: Record<string, Json> }) {
  const t = await getTranslations("apiDocs");
  const operation = `${method.toUpperCase()} ${path}`;
  const access = op.security.length === 0 ? t("public") : op.security.some((s) => Object.keys(s).length === 0) ? t("optionalSession") : t("session");
  const body = op.requestBody?.content["application/json"]?.schema;
  return (
    <section id={op.operationId} aria-labelledby={`${op.operationId}-title`} className="scroll-mt-20 space-y-4 border-t border-slate-200 pt-6">
      <h2 id={`${op.operationId}-title`} className="font-mono text-lg font-semibold text-slate-900">
        {operation}
      </h2>
      <div lang="en" className="space-y-1 text-slate-800">
        <p className="font-medium">{op.summary}</p>
        {op.description && (
          <p>
            <InlineCode text={op.description} />
          </p>
        )}
      </div>
      <p className="flex flex-wrap gap-2">
        <Badge tone={op.security.length === 0 ? "success" : "info"}>{access}</Badge>
        {op["x-permission"] && <Badge>{t("permission", { permission: op["x-permission"] })}</Badge>}
      </p>
      {op.parameters && op.parameters.length > 0 && (
        <>
          <h3 className="font-semibold text-slate-900">{t("parameters")}</h3>
          <Table caption={t("parametersOf", { operation })} head={[t("name"), t("location"), t("type"), t("required"), t("notes")]}>
            {op.parameters.map((p) => {
              const [row] = schemaRows(
                { type: "object", properties: { [p.name]: { ...p.schema, ...(p.description ? { description: p.description } : {}) } } },
                components,
              );
              return (
                <tr key={`${p.in}-${p.name}`}>
                  <Td className="font-mono text-xs">{p.name}</Td>
                  <Td>{p.in}</Td>
                  <Td className="font-mono text-xs">{row?.type}</Td>
                  <Td>{p.required ? t("yes") : t("no")}</Td>
                  <Td>
                    <span lang="en">{row?.notes.join("; ")}</span>
                  </Td>
                </tr>
              );
            })}
          </Table>
        </>
      )}
      {body && (
        <>
          <h3 className="font-semibold text-slate-900">{t("requestBody")}</h3>
          {!op.requestBody!.required && <p className="text-sm text-slate-700">{t("bodyOptional")}</p>}
          <SchemaTable caption={t("requestBodyOf", { operation })} rows={schemaRows(body, components)} />
        </>
      )}
      <h3 className="font-semibold text-slate-900">{t("responses")}</h3>
      <dl className="space-y-3">
        {Object.entries(op.responses).map(([status, response]) => {
          const schema = Object.values(response.content ?? {})[0]?.schema;
          const isError = schema?.$ref === ERROR_REF;
          return (
            <div key={status}>
              <dt className="font-mono font-semibold text-slate-900">{status}</dt>
              <dd className="space-y-2 text-slate-800">
                <p>
                  <span lang="en">
                    <InlineCode text={response.description} />
                  </span>
                  {isError && (
                    <>
                      {" "}
                      <a href="#error-body" className="text-brand-700 underline">
                        {t("errorResponse")}
                      </a>
                    </>
                  )}
                </p>
                {schema && !isError && <SchemaTable caption={t("responseOf", { status, operation })} rows={schemaRows(schema, components)} />}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
