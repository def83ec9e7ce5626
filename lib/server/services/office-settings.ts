import "server-only";
import type { CallInput } from "@/lib/validation/grant-rates";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/session";
import { getRateTable } from "./grant-rates";
import { getAgreementNumber, listAgreements } from "./project-agreements";

/** Everything /office/settings shows for one action and call year, or null without an institution. */
export async function getOfficeSettings(user: Pick<CurrentUser, "institutionId">, call: CallInput) {
  if (!user.institutionId) return null;
  const institution = await prisma.institution.findUnique({
    where: { id: user.institutionId },
    select: { name: true, erasmusCode: true, oid: true, type: true, country: true, formatSettings: true },
  });
  if (!institution) return null;
  const [rates, agreementNumber, agreements] = await Promise.all([
    getRateTable(user, call),
    getAgreementNumber(user.institutionId, call.action, call.callYear),
    listAgreements(user),
  ]);
  return { institution, ...call, rates, agreementNumber, agreements };
}
