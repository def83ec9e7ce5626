import "server-only";
import { dateFromIso, isoDateOrNull } from "@/lib/domain/dates";
import { sectorOfAction } from "@/lib/domain/actions";
import { FORMATS } from "@/lib/domain/formats";
import { SECTOR_OF_CATEGORY } from "@/lib/domain/participants";
import type { PlacementFormatInput } from "@/lib/validation/placement-format";
import { prisma } from "../../db";
import { audit } from "../../audit";
import type { CurrentUser } from "../../auth/session";
import { ExpectedError } from "../../errors";
import { findOwnPlacement } from "./review";

const E = "placementFormat.errors";
const utcDay = (iso: string | undefined) => (iso ? dateFromIso(iso) : null);

/**
 * The office sets a waiting placement's format and action, and a blended traineeship's virtual
 * component (docs/domain.md §3a), before it approves: the proposal inferred them from the
 * participant and the dates, the office knows better (a structured course, not job shadowing; a
 * KA122 project, not KA121). Only a format open to the participant and an action of their sector
 * and of that format are taken; whether the rest of the rules pass is the approval's business (the
 * review shows the checks again). Saving the same values again changes nothing; each change is
 * audited with its before and after.
 */
export async function setPlacementFormat(user: CurrentUser, input: PlacementFormatInput): Promise<{ changed: boolean }> {
  const p = await findOwnPlacement(user, input.placementId);
  if (p.status !== "PROPOSED") throw new ExpectedError(`${E}.notWaiting`, { status: 409 });
  const category = p.application.participant.category;
  const rule = FORMATS[input.format];
  if (!rule.categories.includes(category)) throw new ExpectedError(`${E}.formatNotForCategory`, { field: "format" });
  if (!rule.actions.includes(input.action) || sectorOfAction(input.action) !== SECTOR_OF_CATEGORY[category]) {
    throw new ExpectedError(`${E}.actionNotForFormat`, { field: "action" });
  }
  const before = {
    format: p.format,
    action: p.action,
    virtualStart: isoDateOrNull(p.virtualStart),
    virtualEnd: isoDateOrNull(p.virtualEnd),
    virtualDescription: p.virtualDescription,
  };
  // Only a blended format keeps a virtual component.
  const blended = rule.virtualComponent !== null && input.virtualStart !== undefined;
  const after = {
    format: input.format,
    action: input.action,
    virtualStart: blended ? input.virtualStart! : null,
    virtualEnd: blended ? input.virtualEnd! : null,
    virtualDescription: blended ? input.virtualDescription : null,
  };
  if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false };
  const changed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.placement.updateMany({
      where: { id: p.id, institutionId: p.institutionId, status: "PROPOSED" },
      data: {
        format: after.format,
        action: after.action,
        virtualStart: utcDay(after.virtualStart ?? undefined),
        virtualEnd: utcDay(after.virtualEnd ?? undefined),
        virtualDescription: after.virtualDescription,
      },
    });
    if (count === 0) return false;
    await audit(tx, { actorId: user.id, verb: "placement.format", entityType: "Placement", entityId: p.id, before, after });
    return true;
  });
  if (!changed) throw new ExpectedError(`${E}.notWaiting`, { status: 409 });
  return { changed: true };
}
