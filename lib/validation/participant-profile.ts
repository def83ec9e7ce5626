import { isoDate } from "@/lib/domain/dates";
import { z } from "zod";
import { GENDERS, MAX_LEGAL_NAME_LENGTH, MAX_PROFILE_LANGUAGES, TEXT_MAX } from "@/lib/forms/limits";
import { PARTICIPANT_CATEGORIES, compareDates, isParticipantCategory, isRecentGraduateCategory, parseIsoDate } from "@/lib/domain";
import { eqfRangeFor, isEqfLevelAllowed } from "@/lib/domain/eqf";
import { isIscedDetailedCode } from "@/lib/domain/isced";
import { CEFR_LEVEL_CODES, isLanguageCode } from "@/lib/domain/languages";
import { countryCodeSchema, isoDateSchema } from "./checks";
import { optionalUploadSchema } from "./cv";
import { maxChars } from "./messages";

export { GENDERS, MAX_LEGAL_NAME_LENGTH, MAX_PROFILE_LANGUAGES };
export const MAX_SKILLS = 30;
export const MAX_SKILL_LENGTH = 80;

/**
 * Legal first and last name(s) as the Beneficiary Module reports them (docs/domain.md §5): trimmed,
 * inner spaces collapsed, composed to NFC so "Zoë" is one code point however it was typed; letters,
 * accents, hyphens and apostrophes are kept exactly.
 */
const legalName = (required: string) =>
  z
    .string(required)
    .transform((s) => s.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, required)
        .max(MAX_LEGAL_NAME_LENGTH, maxChars(MAX_LEGAL_NAME_LENGTH))
        // Control characters and markup brackets have no place in a name on an official record.
        .refine((s) => !/[\p{Cc}<>]/u.test(s), "validation.legalNameCharacters"),
    );

/** A first guess from the display name ("Zoë Van den Broeck" → "Zoë" + "Van den Broeck"), for an empty form. */
export function legalNamesFromDisplayName(name: string): { firstName: string; lastName: string } {
  const [firstName = "", ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(" ") };
}

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const optionalDate = z.preprocess(emptyToUndefined, isoDateSchema.optional());

/** Skills as typed, one per line: trimmed, blank lines dropped, repeats (any case) once. */
export function splitSkills(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const skill = line.trim().replace(/\s+/g, " ");
    if (!skill || seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    out.push(skill);
  }
  return out;
}

export const participantProfileSchema = z
  .object({
    // Must exist: checked by the service (lib/server/services/participant-profiles.ts).
    firstName: legalName("validation.firstNameRequired"),
    lastName: legalName("validation.lastNameRequired"),
    institutionId: z.string("validation.institutionRequired").trim().min(1, "validation.institutionRequired").max(64, "validation.institutionRequired"),
    category: z.enum(PARTICIPANT_CATEGORIES, "validation.categoryUnknown"),
    fieldOfEducation: z.string("validation.iscedUnknown").refine(isIscedDetailedCode, "validation.iscedUnknown"),
    eqfLevel: z.coerce.number("validation.eqfLevel").int("validation.eqfLevel").min(1, "validation.eqfLevel").max(8, "validation.eqfLevel"),
    graduationDate: optionalDate,
    selectedOn: optionalDate,
    previousMobilityMonths: z.coerce
      .number("validation.previousMonths")
      .int("validation.previousMonths")
      .min(0, "validation.previousMonths")
      .max(24, "validation.previousMonths"),
    oneCycleProgramme: checkbox,
    fewerOpportunities: checkbox,
    nationality: z.preprocess(emptyToUndefined, countryCodeSchema),
    birthDate: optionalDate,
    gender: z.preprocess(emptyToUndefined, z.enum(GENDERS, "validation.genderUnknown").optional()),
    languageCode: z.preprocess(asList, z.array(z.string().max(10, "validation.languageUnknown")).max(MAX_PROFILE_LANGUAGES, "validation.languagesTooMany")),
    languageLevel: z.preprocess(asList, z.array(z.string().max(10, "validation.levelUnknown")).max(MAX_PROFILE_LANGUAGES, "validation.languagesTooMany")),
    skills: z.string().max(TEXT_MAX.profileSkills, maxChars(TEXT_MAX.profileSkills)).default(""),
    cv: optionalUploadSchema.optional(),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when a field above failed (see `when`), so every message shows at once; the
      // values may then be raw input, hence the type guards.
      const text = (x: unknown) => (typeof x === "string" ? x : "");
      const list = (x: unknown) => (Array.isArray(x) ? x.map(text) : []);
      const date = (x: unknown) => (text(x) ? parseIsoDate(text(x)) : null);
      // EQF range per kind of programme (docs/domain.md §5: higher education is EQF 5–8).
      if (
        isParticipantCategory(v.category) &&
        Number.isInteger(v.eqfLevel) &&
        v.eqfLevel >= 1 &&
        v.eqfLevel <= 8 &&
        !isEqfLevelAllowed(v.category, v.eqfLevel)
      ) {
        const { min } = eqfRangeFor(v.category);
        const message = min === 5 ? "validation.eqfHigherEducation" : min === 2 ? "validation.eqfVet" : "validation.eqfLevel";
        ctx.addIssue({ code: "custom", path: ["eqfLevel"], message });
      }
      // docs/domain.md §3: a recent graduate was selected during the last year of study, i.e. on or
      // before the graduation date; both dates are needed to check that.
      const graduation = date(v.graduationDate);
      const selected = date(v.selectedOn);
      if (isParticipantCategory(v.category) && isRecentGraduateCategory(v.category)) {
        if (!text(v.graduationDate)) ctx.addIssue({ code: "custom", path: ["graduationDate"], message: "validation.graduationRequired" });
        if (!text(v.selectedOn)) ctx.addIssue({ code: "custom", path: ["selectedOn"], message: "validation.selectionRequired" });
      }
      if (graduation && selected && compareDates(selected, graduation) > 0) {
        ctx.addIssue({ code: "custom", path: ["selectedOn"], message: "validation.selectionAfterGraduation" });
      }
      const birth = date(v.birthDate);
      if (birth && (birth.y < 1900 || text(v.birthDate) > isoDate(new Date()))) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "validation.birthDate" });
      }
      // Language rows: each filled row needs a known language and a level, each language once.
      const codes = list(v.languageCode);
      const levels = list(v.languageLevel);
      const seen = new Set<string>();
      for (let i = 0; i < Math.max(codes.length, levels.length); i++) {
        const code = (codes[i] ?? "").trim();
        const level = levels[i] ?? "";
        const issue = (message: string) => ctx.addIssue({ code: "custom", path: ["languages", i], message });
        if (!code && !level) continue;
        if (!code) issue("validation.languageMissing");
        else if (!isLanguageCode(code)) issue("validation.languageUnknown");
        else if (seen.has(code)) issue("validation.languageDuplicate");
        else if (!level) issue("validation.levelRequired");
        else if (!(CEFR_LEVEL_CODES as readonly string[]).includes(level)) issue("validation.levelUnknown");
        if (code) seen.add(code);
      }
      const skills = splitSkills(text(v.skills));
      if (skills.length > MAX_SKILLS) ctx.addIssue({ code: "custom", path: ["skills"], message: "validation.skillsTooMany" });
      if (skills.some((s) => s.length > MAX_SKILL_LENGTH)) ctx.addIssue({ code: "custom", path: ["skills"], message: "validation.skillTooLong" });
    },
    { when: () => true },
  )
  .transform(({ languageCode, languageLevel, skills, ...rest }) => ({
    ...rest,
    languages: languageCode.flatMap((code, i) => {
      const level = languageLevel[i];
      return code.trim() && level ? [{ language: code.trim(), level: level as (typeof CEFR_LEVEL_CODES)[number] }] : [];
    }),
    skills: splitSkills(skills).join("\n"),
  }));

export type ParticipantProfileForm = z.infer<typeof participantProfileSchema>;
/** What the service stores; the CV upload travels separately. */
export type ParticipantProfileInput = Omit<ParticipantProfileForm, "cv">;
