import { Link } from "@/i18n/navigation";
import { sendingCodeOf } from "@/lib/domain/erasmus-code";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ISO_COUNTRY_CODES, KA107_DOT_HOSTS, countryGroup, type KeyAction } from "@/lib/domain";
import type { RateTableRow } from "@/lib/server/services/grant-rates";
import { RATE_FIELDS, centsToEuroText, type RateField } from "@/lib/validation/grant-rates";
import { nameOptions } from "@/lib/text/display-name";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { AgreementForm } from "./agreement-form";
import { CallPicker } from "./call-picker";
import { GrantRateForm, type RateFormRow } from "./grant-rate-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { FormatSettings } from "@/lib/domain/formats";
import { SECTOR_OF_SENDING_TYPE, isSendingOrganisationType } from "@/lib/domain/participants";
import { FormatSettingsForm } from "./format-settings-form";

export interface OfficeSettingsData {
  readonly actions: readonly KeyAction[];
  readonly formatSettings: FormatSettings;
  readonly institution: { name: string; erasmusCode: string | null; oid: string | null; type: string; country: string; formatSettings: unknown };
  readonly action: KeyAction;
  readonly callYear: number;
  readonly rates: readonly RateTableRow[];
  readonly agreementNumber: string | null;
  readonly agreements: readonly { id: string; action: KeyAction; callYear: number; agreementNumber: string; updatedAt: Date }[];
}

const CENT_FIELDS: Readonly<Record<RateField, keyof RateTableRow["defaults"]>> = {
  monthlyRate: "monthlyRateCents",
  traineeshipTopUp: "traineeshipTopUpCents",
  fewerOpportunitiesTopUp: "fewerOpportunitiesTopUpCents",
  greenTravel: "greenTravelCents",
  shortTermFirstBand: "shortTermFirstBandCents",
  shortTermSecondBand: "shortTermSecondBandCents",
  staffDaily: "staffDailyCents",
  learnerDaily: "learnerDailyCents",
};

const asText = (amounts: RateTableRow["defaults"]) =>
  Object.fromEntries(RATE_FIELDS.map((f) => [f, centsToEuroText(amounts[CENT_FIELDS[f]])])) as Record<RateField, string>;

/** Country names of a §4 group in that call year (KA107: the partner countries of its flat rate). */
function groupCountries(action: KeyAction, callYear: number, group: number, locale: string): string {
  const codes = action === "KA107" ? [...KA107_DOT_HOSTS] : ISO_COUNTRY_CODES.filter((c) => countryGroup(c, callYear) === group);
  return nameOptions(locale, "region", codes)
    .map((o) => o.name)
    .join(", ");
}

/** docs/domain.md §5 shapes, with the institution's country as the National Agency (EU spelling). */
function exampleNumber(action: KeyAction, callYear: number, country: string): string {
  const na = `${({ GR: "EL", GB: "UK" } as Record<string, string>)[country] ?? country}01`;
  if (action === "KA103" || action === "KA107") return `${callYear}-1-${na}-${action}-051716`;
  return `${callYear}-1-${na}-${action === "KA131" ? "KA131-HED" : action}-000012345`;
}

export async function OfficeSettings({ data }: { data: OfficeSettingsData }) {
  const t = await getTranslations("officeSettings");
  const locale = await getLocale();
  const format = await getFormatter();
  const tf = await getTranslations("formatSettings");
  const { action, callYear, institution } = data;
  const sector = isSendingOrganisationType(institution.type) ? SECTOR_OF_SENDING_TYPE[institution.type] : "HE";
  const callLabel = t("callLabel", { action, year: callYear });
  // KA107 pays one flat rate to every partner country: the group-1 row holds it (lib/domain/grants).
  const flat = action === "KA107";
  const rows: RateFormRow[] = data.rates
    .filter((r) => !flat || r.countryGroup === 1)
    .map((r) => ({
      countryGroup: r.countryGroup,
      values: asText(r),
      defaults: asText(r.defaults),
      own: RATE_FIELDS.some((f) => r[CENT_FIELDS[f]] !== r.defaults[CENT_FIELDS[f]]),
      version: r.version,
      countries: groupCountries(action, callYear, r.countryGroup, locale),
    }));

  return (
    <ClientMessages namespaces={["officeSettings.agreements", "officeSettings.rates", "formatSettings"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} lead={t("lead", { name: institution.name, code: sendingCodeOf(institution) })} />
        <CallPicker action={action} callYear={callYear} actions={data.actions} />
        <h2 className="text-xl font-semibold text-slate-900">{callLabel}</h2>
        <Card title={t("agreements.title")}>
          <p className="mb-4 max-w-prose text-sm text-slate-700">{t("agreements.lead")}</p>
          <AgreementForm
            key={`${action}-${callYear}`}
            action={action}
            callYear={callYear}
            callLabel={callLabel}
            current={data.agreementNumber}
            example={exampleNumber(action, callYear, institution.country)}
          />
        </Card>
        <Card title={t("rates.title")}>
          <p className="mb-4 max-w-prose text-sm text-slate-700">{flat ? t("rates.leadFlat") : sector === "HE" ? t("rates.lead") : t("rates.leadDaily")}</p>
          <GrantRateForm key={`${action}-${callYear}`} action={action} callYear={callYear} callLabel={callLabel} rows={rows} flat={flat} />
        </Card>
        {(sector === "HE" || sector === "VET") && (
          <Card title={tf("title")}>
            <p className="mb-4 max-w-prose text-sm text-slate-700">{sector === "HE" ? tf("leadHe") : tf("leadVet")}</p>
            <FormatSettingsForm current={data.formatSettings} sector={sector} />
          </Card>
        )}
        <section aria-labelledby="all-agreements" className="space-y-3">
          <h2 id="all-agreements" className="text-lg font-semibold text-slate-900">
            {t("agreements.listTitle")}
          </h2>
          {data.agreements.length ? (
            <Table caption={t("agreements.listTitle")} head={[t("agreements.call"), t("agreements.number"), t("agreements.updated"), ""]}>
              {data.agreements.map((a) => (
                <tr key={a.id}>
                  <Td>{t("callLabel", { action: a.action, year: a.callYear })}</Td>
                  <Td className="font-mono">{a.agreementNumber}</Td>
                  <Td>{format.dateTime(a.updatedAt, { dateStyle: "medium" })}</Td>
                  <Td>
                    <Link href={`/office/settings?action=${a.action}&callYear=${a.callYear}`} className="font-medium text-brand-800 underline">
                      {t("agreements.open", { call: t("callLabel", { action: a.action, year: a.callYear }) })}
                    </Link>
                  </Td>
                </tr>
              ))}
            </Table>
          ) : (
            <EmptyState title={t("agreements.none")} />
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
