import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { jobCounts, listJobs } from "@/lib/server/services/jobs-admin";
import { JOB_LIST_KEYS, jobListSchema } from "@/lib/validation/admin-jobs";
import { parseParamsLenient, type RawParams } from "@/lib/validation/admin-params";
import { JobList } from "@/components/admin/job-list";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.jobs"))("title") };
}

export default async function JobsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requirePermission("manage:jobs:any", "/admin/jobs");
  const { data: params, issues } = parseParamsLenient(jobListSchema, JOB_LIST_KEYS, await searchParams);
  const t = await getTranslations("adminArea.jobs");
  const [counts, result] = await Promise.all([jobCounts(), listJobs(params)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} lead={t("lead")} />
      <JobList params={params} issues={issues} counts={counts} result={result} />
    </div>
  );
}
