import type { Prisma } from "@/generated/prisma/client";

export type ApplicationInput = Partial<Prisma.ApplicationCreateManyInput> & {
  offerId: string;
  participantId: string;
};

export function applicationData(overrides: ApplicationInput): Prisma.ApplicationCreateManyInput {
  return {
    motivation:
      "I would like to apply what I learned in my programme in a real product team, and this " + "traineeship matches the skills I want to build next.",
    status: "SUBMITTED",
    ...overrides,
  };
}
