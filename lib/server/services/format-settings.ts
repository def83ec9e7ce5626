import "server-only";
import { z } from "zod";
import { DEFAULT_FORMAT_SETTINGS, type FormatSettings } from "@/lib/domain/formats";

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
