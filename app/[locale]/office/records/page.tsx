import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listOwnRecords } from "@/lib/server/services/mobility-records";
import { readParams, recordListSchema } from "@/lib/validation/record-export";
import { RecordsPage } from "@/components/records/records-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("title") };
}

export default async function OfficeRecordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("export:mobility-record:own", "/office/records");
  const { data: params, invalid } = readParams(recordListSchema, await searchParams);
  return <RecordsPage data={await listOwnRecords(user, params)} params={params} invalid={invalid} />;
}
