import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/not-found";
import { getPlacementReview } from "@/lib/server/services/placement-review";
import { PlacementReview } from "@/components/office/placement-review";
import { DECISION_DONE } from "@/lib/validation/placement-decision";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placementReview"))("metaTitle") };
}

export default async function PlacementReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[]; step?: string | string[] }> }) {
  const { id } = await params;
  const { done, step } = await searchParams;
  const user = await requirePermission("decide:placement:own", `/office/placements/${id}`);
  return <PlacementReview data={await orNotFound(getPlacementReview(user, id))} done={DECISION_DONE.find((d) => d === done)} cancelled={step === "cancel"} />;
}
