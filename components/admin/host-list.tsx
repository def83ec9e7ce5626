import { getLocale, getTranslations } from "next-intl/server";
import { HOST_ORGANISATION_TYPES, isEligibleHostType } from "@/lib/domain";
import type { listHosts } from "@/lib/server/services/admin-hosts";
import { HOST_VERIFIED_FILTERS, type HostListParams } from "@/lib/validation/admin-hosts";
import { type ParamIssue, toQueryString } from "@/lib/validation/admin-params";
import { Badge } from "@/components/ui/badge";
import { CountryName } from "@/components/ui/country-name";
import { countryDisplayName } from "@/lib/text/display-name";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { Table, Td } from "@/components/ui/table";
import { AdminPagination } from "./admin-pagination";
import { FilterForm } from "./filter-form";
import { HostVerify } from "./host-verify";
import { ParamsInvalid } from "./params-invalid";
import { ClientMessages } from "@/components/i18n/client-messages";

type Result = Awaited<ReturnType<typeof listHosts>>;

export async function HostList({ params, issues, result }: { params: HostListParams; issues: ParamIssue[]; result: Result }) {
  const t = await getTranslations("adminArea.hosts");
  const te = await getTranslations("enums");
  const locale = await getLocale();
  const collator = new Intl.Collator(locale);
  const listQuery = toQueryString({ verified: params.verified, country: params.country, type: params.type, page: params.page });
  const countries = result.countries.map((code) => ({ code, name: countryDisplayName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <ClientMessages namespaces={["adminArea.hosts"]}>
      <>
        <ParamsInvalid issues={issues} resetHref="/admin/hosts" />
        <FilterForm
          path="/admin/hosts"
          label={t("filters")}
          formKey={JSON.stringify(params)}
          gridClassName="sm:grid-cols-4"
          submitLabel={t("filter")}
          clearLabel={t("clear")}
          status={t("count", { count: result.total })}
        >
          <SelectField name="verified" id="filter-verified" label={t("filterVerified")} defaultValue={params.verified ?? ""}>
            <option value="">{t("any")}</option>
            {HOST_VERIFIED_FILTERS.map((v) => (
              <option key={v} value={v}>
                {t(`verifiedFilter.${v}`)}
              </option>
            ))}
          </SelectField>
          <SelectField name="country" id="filter-country" label={t("filterCountry")} defaultValue={params.country ?? ""}>
            <option value="">{t("any")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="type" id="filter-type" label={t("filterType")} defaultValue={params.type ?? ""}>
            <option value="">{t("any")}</option>
            {HOST_ORGANISATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {te(`hostType.${type}`)}
              </option>
            ))}
          </SelectField>
        </FilterForm>
        {result.items.length ? (
          <Table caption={t("title")} head={[t("organisation"), t("type"), t("offers"), t("status"), t("decision")]}>
            {result.items.map((h) => {
              const eligible = isEligibleHostType(h.type);
              return (
                <tr key={h.id}>
                  <Td>
                    <span className="font-medium">{h.legalName}</span>
                    <br />
                    <span className="text-slate-600">
                      {h.city}, <CountryName code={h.country} />
                      {h.pic && <> · PIC {h.pic}</>}
                    </span>
                  </Td>
                  <Td>{te(`hostType.${h.type}`)}</Td>
                  <Td>{h._count.offers}</Td>
                  <Td>
                    {!eligible ? (
                      <Badge tone="danger">{t("neverEligible")}</Badge>
                    ) : h.verified ? (
                      <Badge tone="success">{t("verified")}</Badge>
                    ) : (
                      <Badge tone="warning">{t("notVerified")}</Badge>
                    )}
                  </Td>
                  <Td className="min-w-56">
                    {eligible || h.verified ? (
                      <HostVerify key={h.id} host={{ id: h.id, legalName: h.legalName, verified: h.verified }} listQuery={listQuery} />
                    ) : (
                      <p className="max-w-xs text-sm text-slate-700">{t("neverEligibleReason")}</p>
                    )}
                  </Td>
                </tr>
              );
            })}
          </Table>
        ) : (
          <EmptyState title={t("none")} />
        )}
        <AdminPagination
          path="/admin/hosts"
          params={{ verified: params.verified, country: params.country, type: params.type }}
          page={result.page}
          pages={result.pages}
        />
      </>
    </ClientMessages>
  );
}
