// One recipe for a seeded or factory-made mobility record: the approval's own builder
// (lib/domain/mobility-record, docs/domain.md §4/§5) fed from the placement chain's rows, exactly as
// lib/server/services/placement/approval.ts feeds it (evidence = the classifier's categories on
// the offer's tasks), so seeded grants are the ones an officer's approval would have produced.
import { isoDate } from "@/lib/domain/dates";
import type { ParticipantCategory, Prisma } from "@/generated/prisma/client";
import { asKeyAction } from "@/lib/domain/actions";
import { isFormatId } from "@/lib/domain/formats";
import { classifyActivities } from "@/lib/domain/classifier";
import type { GrantRateRow } from "@/lib/domain/grants";
import { type MobilityRecordInput, buildMobilityRecord } from "@/lib/domain/mobility-record";

const iso = (d: Date | string) => isoDate(new Date(d));

export interface RecordChain {
  readonly placement: {
    id: string;
    action: string;
    callYear: number;
    format?: string | null;
    startDate: Date | string;
    endDate: Date | string;
    virtualStart?: Date | string | null;
    virtualEnd?: Date | string | null;
    virtualDescription?: string | null;
  };
  readonly participant: {
    firstName?: string | null;
    lastName?: string | null;
    birthDate?: Date | string | null;
    nationality: string;
    gender?: string | null;
    category: ParticipantCategory;
    fewerOpportunities?: boolean;
    fieldOfEducation: string;
    eqfLevel: number;
    previousMobilityMonths?: number;
  };
  readonly email: string;
  readonly offer: { tasks: string; language?: string; country: string; city: string };
  readonly host: { legalName: string; pic?: string | null; oid?: string | null; belowTwoFifty?: boolean; naceSection: string };
  readonly institution: { id: string; name: string; erasmusCode: string | null; oid?: string | null; country: string; city: string };
  readonly agreementNumber: string;
  /** The institution's rate table; missing rows fall back to the defaults (the builder's rule). */
  readonly rates: readonly GrantRateRow[];
  readonly approvedBy: { id: string | null; name: string };
  readonly approvedAt: Date;
  /** An officer's confirmation when the wording gave no evidence. */
  readonly override?: MobilityRecordInput["override"];
}

export function recordInputFor(chain: RecordChain): MobilityRecordInput {
  const { placement, participant: p, offer, host, institution } = chain;
  return {
    placementId: placement.id,
    action: asKeyAction(placement.action),
    format: placement.format && isFormatId(placement.format) ? placement.format : undefined,
    virtualComponent:
      placement.virtualStart && placement.virtualEnd
        ? { start: iso(placement.virtualStart), end: iso(placement.virtualEnd), description: placement.virtualDescription ?? "" }
        : null,
    callYear: placement.callYear,
    start: iso(placement.startDate),
    end: iso(placement.endDate),
    agreementNumber: chain.agreementNumber,
    evidenceCategories: classifyActivities(offer.tasks).categories,
    rates: chain.rates,
    participant: {
      firstName: p.firstName ?? "",
      lastName: p.lastName ?? "",
      email: chain.email,
      birthDate: p.birthDate ? new Date(p.birthDate) : null,
      nationality: p.nationality,
      gender: p.gender ?? null,
      category: p.category,
      fewerOpportunities: p.fewerOpportunities ?? false,
      fieldOfEducation: p.fieldOfEducation,
      eqfLevel: p.eqfLevel,
      previousMonths: p.previousMobilityMonths ?? 0,
    },
    mainLanguage: offer.language ?? "en",
    sending: { name: institution.name, erasmusCode: institution.erasmusCode, oid: institution.oid, country: institution.country, city: institution.city },
    receiving: {
      name: host.legalName,
      pic: host.pic ?? null,
      oid: host.oid ?? null,
      belowTwoFifty: host.belowTwoFifty ?? true,
      sector: host.naceSection,
      country: offer.country,
      city: offer.city,
    },
    approvedBy: chain.approvedBy,
    override: chain.override,
  };
}

/** The MobilityRecord row an approval of this chain writes (approvedAt = createdAt: seeded time). */
export function mobilityRecordData(chain: RecordChain): Prisma.MobilityRecordCreateManyInput {
  const fields = buildMobilityRecord(recordInputFor(chain));
  return {
    ...fields,
    placementId: chain.placement.id,
    institutionId: chain.institution.id,
    approvedAt: chain.approvedAt,
    createdAt: chain.approvedAt,
  };
}
