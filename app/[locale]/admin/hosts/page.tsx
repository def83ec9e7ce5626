import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getHostVerification, listHosts } from "@/lib/server/services/admin-hosts";
import { HOST_LIST_KEYS, HOST_VERIFY_DONE, hostListSchema } from "@/lib/validation/admin-hosts";
import { parseParamsLenient, type RawParams } from "@/lib/validation/admin-params";
import { HostList } from "@/components/admin/host-list";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.hosts"))("title") };
}

export default async function AdminHostsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requirePermission("verify:host-organisation:any", "/admin/hosts");
  const { data: params, issues } = parseParamsLenient(hostListSchema, HOST_LIST_KEYS, await searchParams);
  const t = await getTranslations("adminArea.hosts");
  const raw = await searchParams;
  const done = HOST_VERIFY_DONE.find((d) => d === raw.done);
  // The answer of the last verification, named, after its redirect (the host may have moved pages);
  // shown only when the host is in that state, so a hand-made link cannot announce a false one.
  const host = done && typeof raw.host === "string" ? await getHostVerification(raw.host) : null;
  const decided = host && host.verified === (done === "verified") ? host : null;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} lead={t("lead")} />
      <div role="status" aria-live="polite" data-testid="host-verify-done">
        {done && decided && (
          <p className="rounded-md bg-green-50 p-4 text-sm font-medium text-green-900">
            {t(done === "verified" ? "verifiedDoneName" : "unverifiedDoneName", { name: decided.legalName })}
          </p>
        )}
      </div>
      <HostList params={params} issues={issues} result={await listHosts(params)} />
    </div>
  );
}
