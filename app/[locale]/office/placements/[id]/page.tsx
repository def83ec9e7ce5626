import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { orNotFound, orNull } from "@/lib/server/not-found";
import { getPlacementReview } from "@/lib/server/services/placement/review";
import { PlacementReview } from "@/components/office/placement-review";
import { DECISION_DONE } from "@/lib/validation/placement-decision";
import { getThread } from "@/lib/server/services/application/messages";
import { ApplicationThread } from "@/components/messages/application-thread";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placementReview"))("metaTitle") };
}

export default async function PlacementReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[]; step?: string | string[] }>;
}) {
  const { id } = await params;
  const { done, step } = await searchParams;
  const user = await requirePermission("decide:placement:own", `/office/placements/${id}`);
  const data = await orNotFound(getPlacementReview(user, id));
  // The office reads the host's and the participant's conversation; it does not write in it. A
  // participant who has since moved to another institution's profile leaves the placement here
  // but takes the thread along: the review still shows, without it.
  const thread = await orNull(getThread(user, data.placement.applicationId));
  return (
    <div className="space-y-6">
      <PlacementReview data={data} done={DECISION_DONE.find((d) => d === done)} cancelled={step === "cancel"} />
      {thread && <ApplicationThread thread={thread} />}
    </div>
  );
}
