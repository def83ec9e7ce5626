import { describe, expect, it } from "vitest";
import { isStoredCvName, readCv } from "@/lib/server/files/cv";
import { attachSeedCvs, seedCvName, writeSeedCvFiles } from "@/prisma/seed/cvs";
import { buildSeedPlan } from "@/prisma/seed/plan";
import { participantIdFor, DEMO_STUDENT_KEY } from "@/prisma/seed/plan/participants";
import { clearStoredFiles } from "./stored-files";

describe("seeded CVs", () => {
  it("names are stable, unique and pass the storage module's own name check", () => {
    expect(seedCvName("a")).toBe(seedCvName("a"));
    expect(seedCvName("a")).not.toBe(seedCvName("b"));
    for (const key of ["a", "participant-student-demo", "x".repeat(200)]) expect(isStoredCvName(seedCvName(key))).toBe(true);
  });

  it("gives the demo student, most participants and their applications a real PDF, written once", async () => {
    const plan = buildSeedPlan(new Date("2026-01-01T00:00:00Z"), "");
    const files = attachSeedCvs(plan);
    const demo = plan.profiles.find((p) => p.id === participantIdFor(DEMO_STUDENT_KEY))!;
    expect(demo.cvFile).toBe(seedCvName(demo.id));
    expect(demo.cvFileName).toBe("Zoë Van den Broeck CV.pdf");
    const withCv = plan.profiles.filter((p) => p.cvFile).length;
    expect(withCv / plan.profiles.length).toBeGreaterThan(0.4);
    expect(withCv).toBeLessThan(plan.profiles.length);
    const applicationsWithCv = plan.applications.filter((a) => a.cvFile);
    expect(applicationsWithCv.length).toBeGreaterThan(0);
    for (const a of applicationsWithCv) expect(plan.profiles.find((p) => p.id === a.participantId)?.cvFile).toBeTruthy();
    expect(new Set(files.map((f) => f.storedName)).size).toBe(files.length);

    await clearStoredFiles();
    expect(await writeSeedCvFiles(files)).toBe(files.length);
    expect(await writeSeedCvFiles(files)).toBe(0);
    const bytes = await readCv(demo.cvFile!);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.toString("latin1")).toContain("Zo\u00eb Van den Broeck");
  });
});
