import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listInstitutions } from "@/lib/server/services/admin-institutions";
import { INSTITUTION_LIST_KEYS, institutionListSchema } from "@/lib/validation/admin-institution";
import { parseParamsLenient, type RawParams } from "@/lib/validation/admin-params";
import { InstitutionList } from "@/components/admin/institution-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.institutions"))("title") };
}

export default async function InstitutionsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requirePermission("manage:institution:any", "/admin/institutions");
  const { data: params, issues } = parseParamsLenient(institutionListSchema, INSTITUTION_LIST_KEYS, await searchParams);
  const t = await getTranslations("adminArea.institutions");
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <Link href="/admin/institutions/new" className={buttonClass()}>
            {t("add")}
          </Link>
        }
      />
      <InstitutionList params={params} issues={issues} result={await listInstitutions(params)} />
    </div>
  );
}
