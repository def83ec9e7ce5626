import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, requirePermission } from "@/lib/server/auth/session";
import { can } from "@/lib/server/auth/policy";
import { getInstitutionAdmin } from "@/lib/server/services/admin-institutions";
import { orNotFound } from "@/lib/server/not-found";
import { InstitutionDetail } from "@/components/admin/institution-detail";
import { InstitutionSso } from "@/components/admin/institution-sso";
import { listOfficerIdentities, listSsoDomains } from "@/lib/server/auth/sso";
import { env } from "@/lib/server/env";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; removed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("adminArea.institution");
  const { id } = await params;
  // The name only for those allowed to see the page (the 403 page gets the generic title).
  const user = await getCurrentUser();
  const data = user && can(user.role, "manage:institution:any") ? await getInstitutionAdmin(id).catch(() => null) : null;
  return { title: data ? data.institution.name : t("detailTitle") };
}

export default async function InstitutionPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("manage:institution:any", `/admin/institutions/${id}`);
  const data = await orNotFound(getInstitutionAdmin(id));
  const [domains, identities] = await Promise.all([listSsoDomains(id), listOfficerIdentities(id)]);
  const { created, removed } = await searchParams;
  const notice = created === "1" ? "adminArea.institution.created" : removed === "1" ? "adminArea.officers.removed" : undefined;
  return (
    <div className="space-y-6">
      <InstitutionDetail data={data} notice={notice} />
      <InstitutionSso
        institutionId={data.institution.id}
        domains={domains}
        identities={identities}
        officers={data.officers.map((o) => ({ id: o.id, name: o.name, email: o.email }))}
        defaultIssuer={env.OIDC_ISSUER?.replace(/\/+$/, "") ?? ""}
      />
    </div>
  );
}
