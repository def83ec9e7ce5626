// A mobility record for every APPROVED placement of the plan, built as the approval builds it
// (build/mobility-record.ts → lib/domain buildMobilityRecord) from the planned rows, the
// institution's seeded rate table and its project agreement number for the call. Approved by the
// institution's office user, at the placement's decision time.
import type { Prisma } from "@/generated/prisma/client";
import { type GrantRateRow, toGrantRateRows } from "@/lib/domain/grants";
import { mobilityRecordData } from "../build/mobility-record";
import { hostById } from "../data/hosts";
import { ALL_SENDING_ORGANISATIONS } from "../data/institutions";

type WithId<T> = T & { id: string };

export interface RecordSources {
  readonly users: readonly WithId<Prisma.UserCreateManyInput>[];
  readonly profiles: readonly WithId<Prisma.ParticipantProfileCreateManyInput>[];
  readonly offers: readonly WithId<Prisma.OfferCreateManyInput>[];
  readonly applications: readonly WithId<Prisma.ApplicationCreateManyInput>[];
  readonly placements: readonly WithId<Prisma.PlacementCreateManyInput>[];
  readonly agreements: readonly Prisma.ProjectAgreementCreateManyInput[];
  readonly grantRates: readonly Prisma.GrantRateCreateManyInput[];
}

function indexBy<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Seed data: ${what} is missing`);
  return value;
}

export function planMobilityRecords(src: RecordSources): WithId<Prisma.MobilityRecordCreateManyInput>[] {
  const users = indexBy(src.users);
  const profiles = indexBy(src.profiles);
  const offers = indexBy(src.offers);
  const applications = indexBy(src.applications);
  const institutions = new Map(ALL_SENDING_ORGANISATIONS.map((i) => [i.id, i]));
  const ratesOf = (institutionId: string): GrantRateRow[] =>
    toGrantRateRows(
      src.grantRates
        .filter((r) => r.institutionId === institutionId)
        .map((r) => ({
          ...r,
          traineeshipTopUpCents: r.traineeshipTopUpCents ?? 0,
          fewerOpportunitiesTopUpCents: r.fewerOpportunitiesTopUpCents ?? 0,
          greenTravelCents: r.greenTravelCents ?? 0,
        })),
    );

  return src.placements
    .filter((p) => p.status === "APPROVED")
    .map((placement) => {
      const application = must(applications.get(placement.applicationId), `application of ${placement.id}`);
      const participant = must(profiles.get(application.participantId), `participant of ${placement.id}`);
      const student = must(users.get(participant.userId), `user of ${participant.id}`);
      const offer = must(offers.get(application.offerId), `offer of ${placement.id}`);
      const institution = must(institutions.get(placement.institutionId), `institution of ${placement.id}`);
      const officer = placement.decidedById ? users.get(placement.decidedById) : undefined;
      const agreement = must(
        src.agreements.find((a) => a.institutionId === institution.id && a.action === placement.action && a.callYear === placement.callYear),
        `${institution.key}'s agreement for ${placement.action} ${placement.callYear} (data/agreements.ts)`,
      );
      const approvedAt = new Date(must(placement.decidedAt ?? undefined, `decision time of ${placement.id}`));
      const row = mobilityRecordData({
        placement,
        participant: { ...participant, birthDate: participant.birthDate ?? null },
        email: student.email,
        offer,
        host: hostById(offer.hostId),
        institution,
        agreementNumber: agreement.agreementNumber,
        rates: ratesOf(institution.id),
        approvedBy: { id: officer?.id ?? null, name: officer?.name ?? "" },
        approvedAt,
      });
      return { ...row, id: `record-${placement.id.slice("placement-".length)}` };
    });
}
