import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listPlacementQueue } from "@/lib/server/services/placement/review";
import { parseQueueFiltersLenient } from "@/lib/validation/placement-decision";
import { PlacementQueue } from "@/components/office/placement-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placementQueue"))("title") };
}

export default async function PlacementQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("decide:placement:own", "/office/placements");
  const { filters, invalid } = parseQueueFiltersLenient(await searchParams);
  return <PlacementQueue filters={filters} invalid={invalid} data={await listPlacementQueue(user, filters)} />;
}
