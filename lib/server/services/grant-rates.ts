import "server-only";
import { DEFAULT_GRANT_RATES, type GrantRateRow, type KeyAction, isKeyAction } from "@/lib/domain";
import { COUNTRY_GROUPS, type CallInput, type GrantRateTableInput } from "@/lib/validation/grant-rates";
import { prisma, type Db } from "../db";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { isUniqueViolation } from "../db/errors";
import { ExpectedError } from "../errors";

const isGroup = (g: number): g is GrantRateRow["countryGroup"] => g === 1 || g === 2 || g === 3;

/**
 * The institution's own rate table (docs/domain.md §4: rates are data each office edits). Rows it has
 * not set are simply absent: callers put these first and DEFAULT_GRANT_RATES after them, as
 * estimateGrant takes the first matching row.
 */
export async function getGrantRateRows(institutionId: string, db: Db = prisma): Promise<GrantRateRow[]> {
  const rows = await db.grantRate.findMany({
    where: { institutionId },
    orderBy: [{ action: "asc" }, { callYear: "asc" }, { countryGroup: "asc" }],
  });
  return rows.flatMap(toRateRow);
}

/** A stored row as the domain reads it; a row with an impossible group or action is skipped. */
export function toRateRow(r: { action: string; callYear: number; countryGroup: number } & Amounts): GrantRateRow[] {
  if (!isGroup(r.countryGroup) || !isKeyAction(r.action)) return [];
  return [{ action: r.action, callYear: r.callYear, countryGroup: r.countryGroup, ...amountsOf(r) }];
}

/** The office's own institution: settings are never read or written for another one. */
export function requireOwnInstitution(user: Pick<CurrentUser, "institutionId">): string {
  if (!user.institutionId) throw new ExpectedError("officeSettings.noInstitution");
  return user.institutionId;
}

export const AMOUNTS = [
  "monthlyRateCents",
  "traineeshipTopUpCents",
  "fewerOpportunitiesTopUpCents",
  "greenTravelCents",
  // docs/domain.md §3a: daily rates.
  "shortTermFirstBandCents",
  "shortTermSecondBandCents",
  "staffDailyCents",
  "learnerDailyCents",
] as const;
type Amounts = Record<(typeof AMOUNTS)[number], number>;
const amountsOf = (row: Partial<Amounts>): Amounts => Object.fromEntries(AMOUNTS.map((k) => [k, row[k] ?? 0])) as Amounts;
const sameAmounts = (a: Amounts, b: Amounts) => AMOUNTS.every((k) => a[k] === b[k]);

/** A row that was never saved reads as the default, with this version token. */
const DEFAULT_VERSION = "default";
const versionOf = (row: { updatedAt: Date } | undefined) => (row ? row.updatedAt.toISOString() : DEFAULT_VERSION);

function defaultRow(action: KeyAction, callYear: number, countryGroup: number): Amounts {
  const row = DEFAULT_GRANT_RATES.find((r) => r.action === action && r.callYear === callYear && r.countryGroup === countryGroup);
  // Every action/call year/group the validation admits has a default (docs/domain.md §2/§4).
  if (!row) throw new Error(`no default grant rate for ${action} ${callYear} group ${countryGroup}`);
  return amountsOf(row);
}

export interface RateTableRow extends Amounts {
  readonly countryGroup: 1 | 2 | 3;
  /** False while the institution still uses the portal's default for this row. */
  readonly saved: boolean;
  readonly version: string;
  readonly defaults: Amounts;
}

/** The three group rows of one action and call year, the institution's values over the defaults. */
export async function getRateTable(user: Pick<CurrentUser, "institutionId">, call: { action: KeyAction; callYear: number }): Promise<RateTableRow[]> {
  const institutionId = requireOwnInstitution(user);
  const rows = await prisma.grantRate.findMany({ where: { institutionId, action: call.action, callYear: call.callYear } });
  return COUNTRY_GROUPS.map((countryGroup) => {
    const own = rows.find((r) => r.countryGroup === countryGroup);
    const defaults = defaultRow(call.action, call.callYear, countryGroup);
    return { countryGroup, ...(own ? amountsOf(own) : defaults), saved: Boolean(own), version: versionOf(own), defaults };
  });
}

const snapshot = (call: CallInput, countryGroup: number, amounts: Amounts) => ({ ...call, countryGroup, ...amounts });

/**
 * Saves the rows whose amounts changed, in one audited transaction (`grant-rate.update`, before
 * and after per row). A changed row that someone else saved after this form was loaded refuses the
 * whole save, so nobody's edit is silently overwritten. Returns how many rows were written.
 */
export async function saveGrantRates(user: Pick<CurrentUser, "id" | "institutionId">, input: GrantRateTableInput): Promise<number> {
  const institutionId = requireOwnInstitution(user);
  const call = { action: input.action, callYear: input.callYear };
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.grantRate.findMany({ where: { institutionId, ...call } });
      let written = 0;
      for (const submitted of input.rows) {
        const own = current.find((r) => r.countryGroup === submitted.countryGroup);
        const before = own ? amountsOf(own) : defaultRow(call.action, call.callYear, submitted.countryGroup);
        // Columns the form left out keep their value.
        const after = { ...before, ...Object.fromEntries(AMOUNTS.flatMap((k) => (submitted[k] === undefined ? [] : [[k, submitted[k]]]))) } as Amounts;
        if (sameAmounts(before, after)) continue;
        if (submitted.version !== versionOf(own)) throw new ExpectedError("officeSettings.rates.conflict");
        const row = own
          ? await tx.grantRate.update({ where: { id: own.id }, data: after })
          : await tx.grantRate.create({ data: { institutionId, ...call, countryGroup: submitted.countryGroup, ...after } });
        await audit(tx, {
          actorId: user.id,
          verb: "grant-rate.update",
          entityType: "GrantRate",
          entityId: row.id,
          before: { ...snapshot(call, submitted.countryGroup, before), source: own ? "saved" : "default" },
          after: snapshot(call, submitted.countryGroup, after),
        });
        written++;
      }
      return written;
    });
  } catch (error) {
    // Two first saves of the same row at once: the unique key lets one through.
    if (isUniqueViolation(error)) throw new ExpectedError("officeSettings.rates.conflict");
    throw error;
  }
}

/** Puts one action and call year back to the portal's defaults (docs/domain.md §4), audited per row. */
export async function resetGrantRates(user: Pick<CurrentUser, "id" | "institutionId">, call: CallInput): Promise<number> {
  const institutionId = requireOwnInstitution(user);
  return prisma.$transaction(async (tx) => {
    const current = await tx.grantRate.findMany({ where: { institutionId, action: call.action, callYear: call.callYear } });
    let written = 0;
    for (const own of current) {
      const defaults = defaultRow(call.action, call.callYear, own.countryGroup);
      if (sameAmounts(amountsOf(own), defaults)) continue;
      await tx.grantRate.update({ where: { id: own.id }, data: defaults });
      await audit(tx, {
        actorId: user.id,
        verb: "grant-rate.reset",
        entityType: "GrantRate",
        entityId: own.id,
        before: snapshot(call, own.countryGroup, amountsOf(own)),
        after: snapshot(call, own.countryGroup, defaults),
      });
      written++;
    }
    return written;
  });
}
