import { isoDateOrNull } from "@/lib/domain/dates";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getOwnProfile, listInstitutionOptions } from "@/lib/server/services/participant-profiles";
import { legalNamesFromDisplayName } from "@/lib/validation/participant-profile";
import { ProfileForm, type ProfileFormValues } from "@/components/student/profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

const iso = (d: Date | null) => isoDateOrNull(d) ?? "";

export default async function ProfilePage() {
  const user = await requirePermission("manage:participant-profile:own", "/student/profile");
  const [profile, institutions] = await Promise.all([getOwnProfile(user), listInstitutionOptions()]);
  const t = await getTranslations("profile");
  // Legal names start as a guess from the display name; the participant corrects them once.
  const guess = legalNamesFromDisplayName(user.name);
  const values: ProfileFormValues | null = profile && {
    values: {
      firstName: profile.firstName ?? guess.firstName,
      lastName: profile.lastName ?? guess.lastName,
      institutionId: profile.institutionId,
      category: profile.category,
      fieldOfEducation: profile.fieldOfEducation,
      eqfLevel: String(profile.eqfLevel),
      graduationDate: iso(profile.graduationDate),
      selectedOn: iso(profile.selectedOn),
      previousMobilityMonths: String(profile.previousMobilityMonths),
      nationality: profile.nationality,
      birthDate: iso(profile.birthDate),
      gender: profile.gender ?? "",
      skills: profile.skills,
    },
    oneCycleProgramme: profile.oneCycleProgramme,
    fewerOpportunities: profile.fewerOpportunities,
    languages: profile.languages.map((l) => ({ language: l.language, level: l.level })),
    cvFileName: profile.cvFile ? (profile.cvFileName ?? "cv.pdf") : null,
  };
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ClientMessages
        namespaces={[
          "profile",
          "enums",
          "isced",
          "fieldCounter",
          "validation.cvTooLarge",
          "validation.cvEmpty",
          "upload",
          "validation.levelRequired",
          "validation.levelUnknown",
        ]}
        names={["region", "language"]}
      >
        <ProfileForm profile={values} institutions={institutions} legalNames={guess} homeInstitutionId={user.institutionId} />
      </ClientMessages>
    </div>
  );
}
