import "server-only";
import { env } from "../env";
import { retentionSettings } from "../services/retention/service";
import { EXPORT_TTL_MS } from "../services/data-export";
import { DELETION_GRACE_MS } from "../services/account-erasure";

const DAY_MS = 86_400_000;

/** Who runs this installation (OPERATOR_NAME / OPERATOR_EMAIL); null parts are not configured. */
export type Operator = { name: string | null; email: string | null };

/**
 * The figures the privacy notice, accessibility statement and host terms state, taken from the
 * settings and constants that enforce them, so the pages cannot drift from what the code does.
 */
export type LegalFacts = {
  operator: Operator;
  site: string;
  cvMonths: number;
  unverifiedAccountDays: number;
  dataExportDays: number;
  deletionGraceDays: number;
};

export function legalFacts(): LegalFacts {
  const retention = retentionSettings();
  return {
    operator: { name: env.OPERATOR_NAME ?? null, email: env.OPERATOR_EMAIL ?? null },
    site: env.appUrl,
    cvMonths: retention.cvMonths,
    unverifiedAccountDays: retention.unverifiedAccountDays,
    dataExportDays: Math.round(EXPORT_TTL_MS / DAY_MS),
    deletionGraceDays: Math.round(DELETION_GRACE_MS / DAY_MS),
  };
}
