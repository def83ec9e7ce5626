import "server-only";
import { z } from "zod";
import { DEFAULT_FORMAT_SETTINGS, type FormatSettings } from "@/lib/domain/formats";
import type { FormatSettingsInput } from "@/lib/validation/format-settings";
import { prisma } from "../db";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { ExpectedError } from "../errors";

// Institution.formatSettings holds the organisation's values for the rules docs/domain.md §3a
// leaves unconfirmed. A stored value that does not parse counts as unset: the defaults apply.
const storedSettings = z.object({
  shortTermMinDays: z.number().int().min(1).max(60).optional(),
  shortTermMaxDays: z.number().int().min(1).max(60).optional(),
  vetOutsideAssociated: z.boolean().optional(),
  vetGraduateWindow: z.enum(["end", "start"]).optional(),
});

export function readFormatSettings(value: unknown): Partial<FormatSettings> | null {
  if (value === null || value === undefined) return null;
  const parsed = storedSettings.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function formatSettingsOfInstitution(value: unknown): FormatSettings {
  return { ...DEFAULT_FORMAT_SETTINGS, ...(readFormatSettings(value) ?? {}) };
}

/**
 * Saves the officer's own organisation's settings, audited (`institution.format-settings`, before
 * and after). Only the fields the form sent change; the same values again write nothing.
 */
export async function saveFormatSettings(user: Pick<CurrentUser, "id" | "institutionId">, input: FormatSettingsInput): Promise<boolean> {
  if (!user.institutionId) throw new ExpectedError("officeSettings.noInstitution");
  const institutionId = user.institutionId;
  return prisma.$transaction(async (tx) => {
    const current = await tx.institution.findUniqueOrThrow({ where: { id: institutionId }, select: { formatSettings: true } });
    const before = formatSettingsOfInstitution(current.formatSettings);
    const sent = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<FormatSettings>;
    const after: FormatSettings = { ...before, ...sent };
    if (JSON.stringify(before) === JSON.stringify(after)) return false;
    await tx.institution.update({ where: { id: institutionId }, data: { formatSettings: { ...after } } });
    await audit(tx, {
      actorId: user.id,
      verb: "institution.format-settings",
      entityType: "Institution",
      entityId: institutionId,
      before: { ...before },
      after: { ...after },
    });
    return true;
  });
}
