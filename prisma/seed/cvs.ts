// Seeded CVs: the demo student and most participants get a tiny real PDF, and each of their
// applications its own copy, so the company pipeline and the office have CVs to open.
// Names follow lib/server/files/cv.ts's pattern but are derived from row ids, so a second seed run
// names (and skips) the same files.
import { createHash } from "node:crypto";
import { fileStore } from "@/lib/server/files/file-store";
import { ISCED_DETAILED_FIELDS } from "@/lib/domain/isced";
import { tinyPdf } from "./pdf";
import type { SeedPlan } from "./plan";
import { participantIdFor, DEMO_STUDENT_KEY } from "./plan/participants";
import { rngFor } from "./prng";

export interface SeedCvFile {
  readonly storedName: string;
  readonly lines: readonly string[];
}

/** A UUID v4-shaped name from a key: same key, same name. */
export function seedCvName(key: string): string {
  const h = createHash("sha256").update(`dot-seed-cv:${key}`).digest("hex");
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `cv-${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}.pdf`;
}

const SHARE_WITH_CV = 0.7;
const fieldKnown = (code: string) => (ISCED_DETAILED_FIELDS as readonly string[]).includes(code);

/** Sets cvFile/cvFileName on the planned profiles and applications; returns the files to write. */
export function attachSeedCvs(plan: SeedPlan): SeedCvFile[] {
  const names = new Map(plan.users.map((u) => [u.id, u.name]));
  const demoProfile = participantIdFor(DEMO_STUDENT_KEY);
  const files: SeedCvFile[] = [];
  const cvLines = new Map<string, readonly string[]>();
  const fileNames = new Map<string, string>();
  for (const profile of plan.profiles) {
    if (profile.id !== demoProfile && !rngFor(`${profile.id}-cv`).chance(SHARE_WITH_CV)) continue;
    const name = names.get(profile.userId) ?? "Participant";
    const lines = [
      name,
      "Curriculum vitae",
      "",
      `Field of education: ISCED-F ${fieldKnown(profile.fieldOfEducation) ? profile.fieldOfEducation : "-"}, EQF level ${profile.eqfLevel}`,
      `Skills: ${(profile.skills ?? "").split("\n").join(", ")}`,
    ];
    const storedName = seedCvName(profile.id);
    profile.cvFile = storedName;
    profile.cvFileName = `${name} CV.pdf`;
    files.push({ storedName, lines });
    cvLines.set(profile.id, lines);
    fileNames.set(profile.id, profile.cvFileName);
  }
  for (const application of plan.applications) {
    const lines = cvLines.get(application.participantId);
    if (!lines) continue;
    const storedName = seedCvName(application.id);
    application.cvFile = storedName;
    application.cvFileName = fileNames.get(application.participantId) ?? "CV.pdf";
    files.push({ storedName, lines });
  }
  return files;
}

/** Stores the files that are not there yet, in the store FILE_STORE names (as the app does). */
export async function writeSeedCvFiles(files: readonly SeedCvFile[]): Promise<number> {
  const store = fileStore();
  let written = 0;
  for (const file of files) {
    if (await store.has(file.storedName)) continue;
    await store.put(file.storedName, tinyPdf(file.lines), "application/pdf");
    written++;
  }
  return written;
}
