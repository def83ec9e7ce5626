import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { listInstitutions } from "@/lib/server/services/admin-institutions";
import type { InstitutionListParams } from "@/lib/validation/admin-institution";
import type { ParamIssue } from "@/lib/validation/admin-params";
import { CountryName } from "@/components/ui/country-name";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { Table, Td } from "@/components/ui/table";
import { AdminPagination } from "./admin-pagination";
import { FilterForm } from "./filter-form";
import { ParamsInvalid } from "./params-invalid";

type Result = Awaited<ReturnType<typeof listInstitutions>>;

export async function InstitutionList({ params, issues, result }: { params: InstitutionListParams; issues: ParamIssue[]; result: Result }) {
  const t = await getTranslations("adminArea.institutions");
  return (
    <>
      <ParamsInvalid issues={issues} resetHref="/admin/institutions" />
      <FilterForm
        path="/admin/institutions"
        label={t("search")}
        formKey={params.q ?? ""}
        gridClassName="sm:grid-cols-[1fr_auto]"
        submitLabel={t("searchButton")}
        clearLabel={t("showAll")}
        status={params.q ? t("countFor", { count: result.total, q: params.q }) : t("count", { count: result.total })}
      >
        <TextField name="q" id="filter-q" type="search" label={t("search")} hint={t("searchHint")} defaultValue={params.q ?? ""} />
      </FilterForm>
      {result.items.length ? (
        <Table caption={t("title")} head={[t("name"), t("code"), t("place"), t("officers"), t("participants")]}>
          {result.items.map((i) => (
            <tr key={i.id}>
              <Td>
                <Link href={`/admin/institutions/${i.id}`} className="font-medium text-brand-800 underline">
                  {i.name}
                </Link>
              </Td>
              <Td>
                <code>{i.erasmusCode}</code>
              </Td>
              <Td>
                {i.city}, <CountryName code={i.country} />
              </Td>
              <Td>{i._count.officers}</Td>
              <Td>{i._count.participants}</Td>
            </tr>
          ))}
        </Table>
      ) : (
        <EmptyState title={t("none")}>
          {params.q && (
            <Link href="/admin/institutions" className="font-medium text-brand-800 underline">
              {t("showAll")}
            </Link>
          )}
        </EmptyState>
      )}
      <AdminPagination path="/admin/institutions" params={{ q: params.q }} page={result.page} pages={result.pages} />
    </>
  );
}
