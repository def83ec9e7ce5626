import type { CefrLevel, Prisma } from "@/generated/prisma/client";
import { utcDate } from "../dates";

export interface SpokenLanguage {
  readonly language: string;
  readonly level: CefrLevel;
}

export type ParticipantInput = Partial<Prisma.ParticipantProfileCreateManyInput> & {
  institutionId: string;
  userId: string;
  languages?: readonly SpokenLanguage[];
};

export interface ParticipantRows {
  profile: Prisma.ParticipantProfileCreateManyInput;
  languages: SpokenLanguage[];
}

/** A Belgian master's student in software development (ISCED-F 0613, EQF 7), Dutch and English. */
export function participantData(overrides: ParticipantInput): ParticipantRows {
  const { languages, ...fields } = overrides;
  return {
    profile: {
      category: "HE_STUDENT",
      fieldOfEducation: "0613",
      eqfLevel: 7,
      nationality: "BE",
      birthDate: utcDate(2002, 5, 14),
      gender: "female",
      previousMobilityMonths: 0,
      skills: "TypeScript\nReact\nSQL",
      ...fields,
    },
    languages: [
      ...(languages ?? [
        { language: "nl", level: "NATIVE" },
        { language: "en", level: "C1" },
      ]),
    ],
  };
}
