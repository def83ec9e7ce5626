import { getTranslations } from "next-intl/server";
import { removeSsoDomainAction, unlinkOfficerIdentityAction } from "@/app/[locale]/admin/institutions/[id]/actions";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { SsoDomainAddForm, SsoIdentityLinkForm, SsoRemoveButton } from "./institution-sso-forms";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = {
  institutionId: string;
  domains: { id: string; domain: string }[];
  identities: { id: string; userId: string; issuer: string; subject: string }[];
  officers: { id: string; name: string; email: string }[];
  defaultIssuer: string;
};

/** The admin institution page's institutional sign-in: home-organisation domains and officers' logins. */
export async function InstitutionSso({ institutionId, domains, identities, officers, defaultIssuer }: Props) {
  const t = await getTranslations("sso.admin");
  const officerName = new Map(officers.map((o) => [o.id, o.name]));
  return (
    <ClientMessages namespaces={["sso.admin"]}>
      <Card title={t("title")}>
        <section aria-labelledby="sso-domains">
          <h3 id="sso-domains" className="mb-2 font-semibold">
            {t("domainsTitle")}
          </h3>
          <p className="mb-3 text-sm text-slate-700">{t("domainsLead")}</p>
          {domains.length ? (
            <ul className="mb-4 space-y-2">
              {domains.map((d) => (
                <li key={d.id} className="flex items-center gap-3">
                  <code>{d.domain}</code>
                  <SsoRemoveButton
                    action={removeSsoDomainAction}
                    fields={{ institutionId, domainId: d.id }}
                    label={t("removeDomain", { domain: d.domain })}
                    text={t("remove")}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-4 text-sm text-slate-700">{t("noDomains")}</p>
          )}
          <SsoDomainAddForm institutionId={institutionId} />
        </section>
        <section aria-labelledby="sso-identities" className="mt-8">
          <h3 id="sso-identities" className="mb-2 font-semibold">
            {t("identitiesTitle")}
          </h3>
          <p className="mb-3 text-sm text-slate-700">{t("identitiesLead")}</p>
          {identities.length ? (
            <Table caption={t("identitiesTitle")} head={[t("officer"), t("issuer"), t("subject"), t("actions")]}>
              {identities.map((i) => (
                <tr key={i.id}>
                  <Td>{officerName.get(i.userId)}</Td>
                  <Td>
                    <code className="break-all">{i.issuer}</code>
                  </Td>
                  <Td>
                    <code className="break-all">{i.subject}</code>
                  </Td>
                  <Td>
                    <SsoRemoveButton
                      action={unlinkOfficerIdentityAction}
                      fields={{ institutionId, identityId: i.id }}
                      label={t("unlink", { subject: i.subject, name: officerName.get(i.userId) ?? "" })}
                      text={t("unlinkShort")}
                    />
                  </Td>
                </tr>
              ))}
            </Table>
          ) : (
            <p className="mb-4 text-sm text-slate-700">{t("noIdentities")}</p>
          )}
          <div className="mt-4">
            {officers.length ? (
              <SsoIdentityLinkForm institutionId={institutionId} officers={officers} defaultIssuer={defaultIssuer} />
            ) : (
              <p className="text-sm text-slate-700">{t("noOfficers")}</p>
            )}
          </div>
        </section>
      </Card>
    </ClientMessages>
  );
}
