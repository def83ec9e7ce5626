import type { Prisma } from "@/generated/prisma/client";
import { classifyActivities } from "@/lib/domain/classifier";

/**
 * Offer.dotCheck / Offer.dotQualifies exactly as the app computes them: the classifier's whole
 * result on the tasks, round-tripped through JSON so the column holds plain data only.
 */
export function dotCheckFields(tasks: string): { dotCheck: Prisma.InputJsonValue; dotQualifies: boolean } {
  const result = classifyActivities(tasks);
  return {
    dotCheck: JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue,
    dotQualifies: result.qualifies,
  };
}
