import { PLACEMENT_STATES } from "@/lib/domain/placement-lifecycle";
import { sendingCodeOf } from "@/lib/domain/erasmus-code";
import { getFormatter, getTranslations } from "next-intl/server";
import type { getInstitutionAdmin } from "@/lib/server/services/admin-institutions";
import { LOCALE_NAMES, isLocale } from "@/i18n/locales";
import { Card } from "@/components/ui/card";
import { CountryName } from "@/components/ui/country-name";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { Table, Td } from "@/components/ui/table";
import { BackLink } from "./back-link";
import { InstitutionForm } from "./institution-form";
import { OfficerAddForm } from "./officer-add-form";
import { OfficerRemove } from "./officer-remove";
import { ClientMessages } from "@/components/i18n/client-messages";

type Data = Awaited<ReturnType<typeof getInstitutionAdmin>>;

export async function InstitutionDetail({ data, notice }: { data: Data; notice?: string }) {
  const t = await getTranslations("adminArea.institution");
  const to = await getTranslations("adminArea.officers");
  const te = await getTranslations("enums");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const { institution, officers } = data;
  return (
    <ClientMessages namespaces={["adminArea.officers", "adminArea.institution", "enums.sendingType", "fieldCounter"]} names={["region"]}>
      <div className="space-y-6">
        <div>
          <BackLink href="/admin/institutions">{t("back")}</BackLink>
          <PageHeader
            title={institution.name}
            lead={
              <>
                <code>{sendingCodeOf(institution)}</code> · {institution.city}, <CountryName code={institution.country} />
              </>
            }
          />
        </div>
        {notice && (
          <p role="status" className="rounded-md bg-green-50 p-3 text-sm font-medium text-green-800">
            {tAll(notice as never)}
          </p>
        )}
        <section aria-labelledby="institution-counts">
          <h2 id="institution-counts" className="mb-3 text-lg font-semibold">
            {t("countsTitle")}
          </h2>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
            <Stat label={t("participants")} value={data.participants} />
            {PLACEMENT_STATES.map((s) => (
              <Stat key={s} label={t("placements", { status: te(`placementStatus.${s}`) })} value={data.placements[s] ?? 0} />
            ))}
          </dl>
        </section>
        <Card title={to("title")}>
          <p className="mb-4 text-sm text-slate-700">{to("lead")}</p>
          {officers.length ? (
            <Table caption={to("title")} head={[to("name"), to("email"), to("locale"), to("since"), to("actions")]}>
              {officers.map((o) => (
                <tr key={o.id}>
                  <Td>{o.name}</Td>
                  <Td>{o.email}</Td>
                  <Td>{isLocale(o.locale) ? LOCALE_NAMES[o.locale] : o.locale}</Td>
                  <Td>{format.dateTime(o.createdAt, { dateStyle: "medium" })}</Td>
                  <Td>
                    <OfficerRemove institutionId={institution.id} officer={{ id: o.id, name: o.name }} />
                  </Td>
                </tr>
              ))}
            </Table>
          ) : (
            <EmptyState title={to("none")}>{to("noneHint")}</EmptyState>
          )}
          <h3 className="mt-6 mb-3 font-semibold">{to("addTitle")}</h3>
          <p className="mb-4 text-sm text-slate-700">{to("addLead")}</p>
          <OfficerAddForm institutionId={institution.id} />
        </Card>
        <section aria-labelledby="institution-edit">
          <h2 id="institution-edit" className="mb-3 text-lg font-semibold">
            {t("editTitle")}
          </h2>
          <InstitutionForm institution={institution} />
        </section>
      </div>
    </ClientMessages>
  );
}
