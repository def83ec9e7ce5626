// Project agreements per institution (docs/domain.md §5 number shapes):
//   KA131: 2021-1-TR01-KA131-HED-000003626   KA103/KA107: 2018-1-PL01-KA103-051716
// National Agency code = ISO country + "01" (the portal's convention for the seed).
import type { KeyAction } from "@/lib/domain/actions";
import { SECTOR_OF_SENDING_TYPE } from "@/lib/domain/participants";
import { hashString } from "../prng";
import type { InstitutionSeed, SendingOrganisationSeed } from "./institutions";

export interface AgreementSeed {
  readonly id: string;
  readonly institutionId: string;
  readonly action: KeyAction;
  readonly callYear: number;
  readonly agreementNumber: string;
}

const years = (action: KeyAction, first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => [action, first + i] as const);

// Every call the seeded mobility records fall under (plan/historic.ts: KA103 2018–2020, KA131
// 2021–2026), so each approved placement has its project's number.
const CALLS: readonly (readonly [KeyAction, number])[] = [...years("KA103", 2018, 2020), ...years("KA131", 2021, 2026)];

// KA107 projects only where the seed sends to KA107 hosts (CH, UA, GE): a few large universities.
export const KA107_INSTITUTIONS: ReadonlySet<string> = new Set(["B GENT01", "D MUNCHEN02", "E VALENCI02", "PL WARSZAW01"]);
const KA107_CALLS: readonly (readonly [KeyAction, number])[] = years("KA107", 2018, 2020);

/** Stable made-up serial from the institution and call, so numbers never change between runs. */
function serial(code: string, action: KeyAction, year: number, digits: number): string {
  const n = hashString(`${code}|${action}|${year}`) % 10 ** Math.min(digits, 6);
  return String(n).padStart(digits, "0");
}

/**
 * docs/domain.md §5 shapes: 2018-1-PL01-KA103-051716, 2021-1-TR01-KA131-HED-000003626; the KA121/KA122
 * projects of other sectors carry the sector instead of HED (2022-1-DE02-KA121-VET-000012345).
 */
export function agreementNumber(inst: { country: string; erasmusCode: string | null; oid?: string | null }, action: KeyAction, callYear: number): string {
  const na = `${inst.country}01`;
  const key = inst.erasmusCode ?? inst.oid ?? "";
  if (action === "KA103" || action === "KA107") return `${callYear}-1-${na}-${action}-${serial(key, action, callYear, 6)}`;
  return `${callYear}-1-${na}-${action === "KA131" ? "KA131-HED" : action}-${serial(key, action, callYear, 9)}`;
}

/** docs/domain.md §3a: other sectors' organisations hold KA121 (accredited) and KA122 (short-term) projects of their sector. */
function sectorCalls(inst: SendingOrganisationSeed): (readonly [KeyAction, number])[] {
  const sector = SECTOR_OF_SENDING_TYPE[inst.type] as "VET" | "SCH" | "ADU";
  return [...years(`KA121-${sector}`, 2021, 2026), ...years(`KA122-${sector}`, 2021, 2026)];
}

export function agreementsFor(inst: InstitutionSeed | SendingOrganisationSeed): AgreementSeed[] {
  const calls = inst.type !== "HEI" ? sectorCalls(inst) : KA107_INSTITUTIONS.has(inst.erasmusCode) ? [...CALLS, ...KA107_CALLS] : CALLS;
  return calls.map(([action, callYear]) => ({
    id: `agr-${inst.id.slice("inst-".length)}-${action.toLowerCase()}-${callYear}`,
    institutionId: inst.id,
    action,
    callYear,
    agreementNumber: agreementNumber(inst, action, callYear),
  }));
}
