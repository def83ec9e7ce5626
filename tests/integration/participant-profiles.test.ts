import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { ExpectedError } from "@/lib/server/errors";
import { readCv } from "@/lib/server/files/cv";
import { getOwnProfile, saveOwnProfile } from "@/lib/server/services/participant-profiles";
import { legalNamesFromDisplayName, participantProfileSchema, type ParticipantProfileInput } from "@/lib/validation/participant-profile";
import { createApplication, createInstitution, createParticipant, createUser } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";
import { clearStoredFiles, storedFileNames as storedFiles } from "./stored-files";

beforeEach(async () => {
  await resetDatabase();
  await clearStoredFiles();
});

const fixture = (name: string) => readFile(path.resolve("tests/fixtures/files", name));
const pdfFile = async (name = "My CV.pdf") => new File([await fixture("cv.pdf")], name, { type: "application/pdf" });

function form(institutionId: string, overrides: Record<string, unknown> = {}) {
  return {
    firstName: "Zoë Marie",
    lastName: "Van den Broeck",
    institutionId,
    category: "HE_STUDENT",
    fieldOfEducation: "0613",
    eqfLevel: "7",
    graduationDate: "2027-06-30",
    selectedOn: "2026-10-15",
    previousMobilityMonths: "3",
    oneCycleProgramme: undefined,
    fewerOpportunities: "on",
    nationality: "be",
    birthDate: "2002-05-14",
    gender: "female",
    languageCode: ["nl", "en", "", ""],
    languageLevel: ["NATIVE", "C1", "", ""],
    skills: "TypeScript\n  React  \n\ntypescript\nSQL",
    ...overrides,
  };
}

function parse(values: Record<string, unknown>): ParticipantProfileInput {
  const { cv: _cv, ...input } = participantProfileSchema.parse(values);
  return input;
}

function errorsOf(values: Record<string, unknown>) {
  const result = participantProfileSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("participantProfileSchema", () => {
  it("normalises a valid form: languages from rows, skills one per line without repeats, booleans from checkboxes", () => {
    const input = parse(form("inst-1"));
    expect(input).toMatchObject({
      nationality: "BE",
      eqfLevel: 7,
      previousMobilityMonths: 3,
      oneCycleProgramme: false,
      fewerOpportunities: true,
      languages: [
        { language: "nl", level: "NATIVE" },
        { language: "en", level: "C1" },
      ],
      skills: "TypeScript\nReact\nSQL",
    });
  });

  it.each([
    [{ fieldOfEducation: "0600" }, "fieldOfEducation", "validation.iscedUnknown"],
    [{ fieldOfEducation: "613" }, "fieldOfEducation", "validation.iscedUnknown"],
    [{ category: "ASTRONAUT" }, "category", "validation.categoryUnknown"],
    [{ eqfLevel: "4" }, "eqfLevel", "validation.eqfHigherEducation"],
    [{ eqfLevel: "9" }, "eqfLevel", "validation.eqfLevel"],
    [{ category: "VET_LEARNER", eqfLevel: "6" }, "eqfLevel", "validation.eqfVet"],
    [{ previousMobilityMonths: "25" }, "previousMobilityMonths", "validation.previousMonths"],
    [{ previousMobilityMonths: "-1" }, "previousMobilityMonths", "validation.previousMonths"],
    [{ previousMobilityMonths: "2.5" }, "previousMobilityMonths", "validation.previousMonths"],
    [{ nationality: "" }, "nationality", "validation.countryRequired"],
    [{ nationality: "XX" }, "nationality", "validation.countryUnknown"],
    [{ graduationDate: "2027-02-30" }, "graduationDate", "validation.dateInvalid"],
    [{ birthDate: "2999-01-01" }, "birthDate", "validation.birthDate"],
    [{ gender: "robot" }, "gender", "validation.genderUnknown"],
    [{ institutionId: "" }, "institutionId", "validation.institutionRequired"],
    [{ selectedOn: "2027-07-01" }, "selectedOn", "validation.selectionAfterGraduation"],
    [{ category: "HE_RECENT_GRADUATE", graduationDate: "" }, "graduationDate", "validation.graduationRequired"],
    [{ category: "HE_RECENT_GRADUATE", selectedOn: "" }, "selectedOn", "validation.selectionRequired"],
    [{ languageCode: ["nl", "nl"], languageLevel: ["NATIVE", "B2"] }, "languages.1", "validation.languageDuplicate"],
    [{ languageCode: ["nl", "xx"], languageLevel: ["NATIVE", "B2"] }, "languages.1", "validation.languageUnknown"],
    [{ languageCode: ["nl", "en"], languageLevel: ["NATIVE", ""] }, "languages.1", "validation.levelRequired"],
    [{ languageCode: ["", "en"], languageLevel: ["C1", "B2"] }, "languages.0", "validation.languageMissing"],
    [{ languageCode: ["nl"], languageLevel: ["D1"] }, "languages.0", "validation.levelUnknown"],
    [{ languageCode: ["nl", "en", "fr", "de", "es", "it", "pl"], languageLevel: Array(7).fill("B1") }, "languageCode", "validation.languagesTooMany"],
    [{ skills: Array.from({ length: 31 }, (_, i) => `skill ${i}`).join("\n") }, "skills", "validation.skillsTooMany"],
    [{ skills: "x".repeat(81) }, "skills", "validation.skillTooLong"],
    [{ firstName: "" }, "firstName", "validation.firstNameRequired"],
    [{ firstName: "   " }, "firstName", "validation.firstNameRequired"],
    [{ firstName: undefined }, "firstName", "validation.firstNameRequired"],
    [{ lastName: "" }, "lastName", "validation.lastNameRequired"],
    [{ lastName: "x".repeat(101) }, "lastName", "validation.maxChars?max=100&count=101"],
    [{ lastName: "<b>Doe</b>" }, "lastName", "validation.legalNameCharacters"],
    [{ firstName: "Ann\u0007" }, "firstName", "validation.legalNameCharacters"],
  ])("%j → %s: %s", (overrides, field, message) => {
    expect(errorsOf(form("inst-1", overrides))[field]).toBe(message);
  });

  it("keeps legal names as typed, accents intact (composed to NFC), spaces tidied; 100 characters fit", () => {
    const input = parse(form("i", { firstName: "  Zoe\u0308   Marie ", lastName: "Łukasiewicz-O'Brien Ñúñez" }));
    expect(input.firstName).toBe("Zoë Marie");
    expect(input.firstName).toHaveLength(9);
    expect(input.lastName).toBe("Łukasiewicz-O'Brien Ñúñez");
    expect(errorsOf(form("i", { firstName: "é".repeat(100), lastName: "A" }))).toEqual({});
  });

  it("guesses legal names from the display name for an empty form", () => {
    expect(legalNamesFromDisplayName(" Zoë  Van den Broeck ")).toEqual({ firstName: "Zoë", lastName: "Van den Broeck" });
    expect(legalNamesFromDisplayName("Madonna")).toEqual({ firstName: "Madonna", lastName: "" });
  });

  it("reports every bad field at once, even when some fail their type check", () => {
    const errors = errorsOf(
      form("", {
        lastName: "",
        nationality: "",
        fieldOfEducation: "",
        category: "HE_RECENT_GRADUATE",
        eqfLevel: "4",
        selectedOn: "2027-07-01",
        languageCode: ["pt"],
        languageLevel: [""],
        skills: "x".repeat(81),
      }),
    );
    expect(errors).toEqual({
      lastName: "validation.lastNameRequired",
      institutionId: "validation.institutionRequired",
      nationality: "validation.countryRequired",
      fieldOfEducation: "validation.iscedUnknown",
      eqfLevel: "validation.eqfHigherEducation",
      selectedOn: "validation.selectionAfterGraduation",
      "languages.0": "validation.levelRequired",
      skills: "validation.skillTooLong",
    });
    // Tampered shapes do not crash the checks.
    expect(errorsOf({ languageCode: [new File([], "x")], skills: 42, category: 7, birthDate: 1 })).toMatchObject({ category: "validation.categoryUnknown" });
  });

  it("accepts the edges: EQF 5 and 8 for higher education, EQF 2 for VET, 0 and 24 months, six languages, selection on the graduation day", () => {
    for (const eqfLevel of ["5", "8"]) expect(errorsOf(form("i", { eqfLevel }))).toEqual({});
    expect(errorsOf(form("i", { category: "VET_RECENT_GRADUATE", eqfLevel: "2" }))).toEqual({});
    for (const months of ["0", "24"]) expect(errorsOf(form("i", { previousMobilityMonths: months }))).toEqual({});
    expect(errorsOf(form("i", { languageCode: ["nl", "en", "fr", "de", "es", "it"], languageLevel: Array(6).fill("B1") }))).toEqual({});
    expect(errorsOf(form("i", { category: "HE_RECENT_GRADUATE", graduationDate: "2026-06-30", selectedOn: "2026-06-30" }))).toEqual({});
    expect(errorsOf(form("i", { category: "HE_STAFF", graduationDate: "", selectedOn: "", gender: "", birthDate: "" }))).toEqual({});
  });

  it("treats an untouched file input as no file, and keeps a chosen one", async () => {
    for (const name of ["", "undefined"]) {
      const untouched = new File([], name, { type: "application/octet-stream" });
      expect(participantProfileSchema.parse(form("i", { cv: untouched })).cv).toBeUndefined();
    }
    const emptyButChosen = new File([], "cv.pdf", { type: "application/pdf" });
    expect(participantProfileSchema.parse(form("i", { cv: emptyButChosen })).cv).toBe(emptyButChosen);
    const chosen = await pdfFile();
    expect(participantProfileSchema.parse(form("i", { cv: chosen })).cv).toBe(chosen);
  });
});

describe("saveOwnProfile", () => {
  it("creates the profile with its languages and CV, audited as participant-profile.create", async () => {
    const institution = await createInstitution(prisma);
    const user = await createUser(prisma, { role: "STUDENT" });
    const profile = await saveOwnProfile(user, parse(form(institution.id)), await pdfFile("../../Jana CV.pdf"));
    expect(profile).toMatchObject({
      userId: user.id,
      institutionId: institution.id,
      firstName: "Zoë Marie",
      lastName: "Van den Broeck",
      fieldOfEducation: "0613",
      eqfLevel: 7,
      cvFileName: "Jana CV.pdf",
    });
    expect(profile.graduationDate?.toISOString()).toBe("2027-06-30T00:00:00.000Z");
    expect(profile.languages.map((l) => [l.language, l.level])).toEqual([
      ["nl", "NATIVE"],
      ["en", "C1"],
    ]);
    expect(await readCv(profile.cvFile!)).toEqual(await fixture("cv.pdf"));
    const events = await prisma.auditEvent.findMany();
    expect(events.map((e) => [e.verb, e.actorId, e.entityId])).toEqual([["participant-profile.create", user.id, profile.id]]);
    expect(events[0]?.after).toMatchObject({
      firstName: "Zoë Marie",
      lastName: "Van den Broeck",
      languages: ["nl:NATIVE", "en:C1"],
      cvFileName: "Jana CV.pdf",
    });
  });

  it("updates only the user's own profile, replaces the languages and the CV, and deletes the old file", async () => {
    const institution = await createInstitution(prisma);
    const user = await createUser(prisma, { role: "STUDENT" });
    const first = await saveOwnProfile(user, parse(form(institution.id)), await pdfFile("old.pdf"));
    const other = await createParticipant(prisma);
    const otherBefore = await prisma.participantProfile.findUniqueOrThrow({ where: { id: other.id }, include: { languages: true } });

    const second = await saveOwnProfile(
      user,
      parse(form(institution.id, { languageCode: ["da"], languageLevel: ["B1"], eqfLevel: "6" })),
      await pdfFile("new.pdf"),
    );
    expect(second.id).toBe(first.id);
    expect(second.languages.map((l) => l.language)).toEqual(["da"]);
    expect(second.cvFileName).toBe("new.pdf");
    expect(await storedFiles()).toEqual([second.cvFile]);
    expect(await prisma.participantProfile.findUniqueOrThrow({ where: { id: other.id }, include: { languages: true } })).toEqual(otherBefore);
    const update = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "participant-profile.update" } });
    expect(update.before).toMatchObject({ eqfLevel: 7, cvFileName: "old.pdf" });
    expect(update.after).toMatchObject({ eqfLevel: 6, cvFileName: "new.pdf", languages: ["da:B1"] });

    // Saving without a new file keeps the CV.
    const third = await saveOwnProfile(user, parse(form(institution.id)));
    expect(third.cvFile).toBe(second.cvFile);
    expect(await storedFiles()).toEqual([second.cvFile]);
  });

  it("keeps a replaced CV that an application still points at", async () => {
    const institution = await createInstitution(prisma);
    const user = await createUser(prisma, { role: "STUDENT" });
    const first = await saveOwnProfile(user, parse(form(institution.id)), await pdfFile());
    await createApplication(prisma, { participantId: first.id, cvFile: first.cvFile, cvFileName: first.cvFileName });
    const second = await saveOwnProfile(user, parse(form(institution.id)), await pdfFile());
    expect(await storedFiles()).toEqual([first.cvFile, second.cvFile].sort());
  });

  it("refuses a PNG renamed .pdf, and an unknown institution, changing nothing and writing no file", async () => {
    const institution = await createInstitution(prisma);
    const user = await createUser(prisma, { role: "STUDENT" });
    const saved = await saveOwnProfile(user, parse(form(institution.id)), await pdfFile());
    const before = await prisma.participantProfile.findUniqueOrThrow({ where: { id: saved.id }, include: { languages: true } });
    const files = await storedFiles();
    const audits = await prisma.auditEvent.count();

    const png = new File([await fixture("image-renamed.pdf")], "cv.pdf", { type: "application/pdf" });
    await expect(saveOwnProfile(user, parse(form(institution.id, { eqfLevel: "8" })), png)).rejects.toMatchObject({ key: "validation.cvNotPdf", field: "cv" });
    const unknown = saveOwnProfile(user, parse(form("no-such-institution")), await pdfFile());
    await expect(unknown).rejects.toBeInstanceOf(ExpectedError);
    await expect(unknown).rejects.toMatchObject({ key: "validation.institutionUnknown", field: "institutionId" });

    expect(await prisma.participantProfile.findUniqueOrThrow({ where: { id: saved.id }, include: { languages: true } })).toEqual(before);
    expect(await storedFiles()).toEqual(files);
    expect(await prisma.auditEvent.count()).toBe(audits);
  });

  it("removes the new file again when the transaction fails", async () => {
    const institution = await createInstitution(prisma);
    // A user id that does not exist: the profile insert fails on its foreign key.
    const ghost = { id: "no-such-user" };
    await expect(saveOwnProfile(ghost, parse(form(institution.id)), await pdfFile())).rejects.toThrow();
    expect(await storedFiles()).toEqual([]);
    expect(await prisma.participantProfile.count()).toBe(0);
  });

  it("getOwnProfile returns the user's profile or null", async () => {
    const p = await createParticipant(prisma);
    expect((await getOwnProfile({ id: p.userId }))?.id).toBe(p.id);
    expect(await getOwnProfile({ id: (await createUser(prisma, { role: "STUDENT" })).id })).toBeNull();
  });
});
