import "server-only";
import { type KeyAction, actionsOfSector } from "@/lib/domain/actions";
import { SECTOR_OF_SENDING_TYPE } from "@/lib/domain/participants";
import { settingsFilter } from "@/lib/validation/grant-rates";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/session";
import { getRateTable } from "./grant-rates";
import { getAgreementNumber, listAgreements } from "./project-agreements";
import { formatSettingsOfInstitution } from "./format-settings";

/** The running programme first, then the 2014–2020 actions; other sectors have KA121 and KA122 (docs/domain.md §3a). */
export function settingsActionsOf(type: keyof typeof SECTOR_OF_SENDING_TYPE): readonly KeyAction[] {
  const sector = SECTOR_OF_SENDING_TYPE[type];
  return sector === "HE" ? ["KA131", "KA103", "KA107"] : actionsOfSector(sector);
}

/**
 * Everything /office/settings shows for one action and call year (from the page's ?action=&callYear=,
 * among the actions of the organisation's sector), or null without an institution.
 */
export async function getOfficeSettings(user: Pick<CurrentUser, "institutionId">, params: { action?: string; callYear?: string }, today: Date = new Date()) {
  if (!user.institutionId) return null;
  const institution = await prisma.institution.findUnique({
    where: { id: user.institutionId },
    select: { name: true, erasmusCode: true, oid: true, type: true, country: true, formatSettings: true },
  });
  if (!institution) return null;
  const actions = settingsActionsOf(institution.type);
  const call = settingsFilter(params, today, actions);
  const [rates, agreementNumber, agreements] = await Promise.all([
    getRateTable(user, call),
    getAgreementNumber(user.institutionId, call.action, call.callYear),
    listAgreements(user),
  ]);
  return { institution, ...call, actions, formatSettings: formatSettingsOfInstitution(institution.formatSettings), rates, agreementNumber, agreements };
}
