import { isoDate } from "@/lib/domain/dates";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getOwnOfferForEditor } from "@/lib/server/services/offers";
import { orNotFound } from "@/lib/server/not-found";
import { offerAudiences } from "@/lib/domain/offer-terms";
import { OfferEditor } from "@/components/company/offer-editor";
import { OfferStatusBar } from "@/components/company/offer-status-bar";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offerEditor"))("editTitle") };
}

export default async function EditOfferPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const { saved } = await searchParams;
  const user = await requirePermission("manage:offer:own", `/company/offers/${id}`);
  // Another company's offer id answers exactly like a missing one.
  const offer = await orNotFound(getOwnOfferForEditor(user, id));
  const t = await getTranslations("offerEditor");
  return (
    <ClientMessages namespaces={["offerEditor", "enums", "activities", "applicants", "fieldCounter"]} names={["region", "language"]}>
      <div className="space-y-4">
        <PageHeader title={t("editTitle")} lead={offer.title} />
        <OfferStatusBar
          offerId={offer.id}
          title={offer.title}
          status={offer.status}
          justSaved={saved === "publish" ? "offerEditor.published" : saved ? "offerEditor.saved" : undefined}
        />
        <OfferEditor
          canPublish={offer.canPublish}
          offer={{
            id: offer.id,
            title: offer.title,
            description: offer.description,
            tasks: offer.tasks,
            language: offer.language,
            country: offer.country,
            city: offer.city,
            workMode: offer.workMode,
            durationMinMonths: offer.durationMinMonths,
            durationMaxMonths: offer.durationMaxMonths,
            durationMinDays: offer.durationMinDays ?? undefined,
            durationMaxDays: offer.durationMaxDays ?? undefined,
            audiences: offerAudiences(offer),
            earliestStart: isoDate(offer.earliestStart),
            latestEnd: isoDate(offer.latestEnd),
            applicationDeadline: isoDate(offer.applicationDeadline),
            stipendPerMonth: offer.stipendCents == null ? "" : String(offer.stipendCents / 100),
            places: offer.places,
            requiredSkills: offer.requiredSkills,
            categories: offer.categories.map((c) => c.category),
            languages: offer.languages.map((l) => ({ language: l.language, level: l.level })),
          }}
        />
      </div>
    </ClientMessages>
  );
}
