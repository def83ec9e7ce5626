// Non-participant accounts: the demo accounts (demo-accounts.ts), one international-office user
// per institution, and the hosts' company contacts. Everyone gets the demo password.
import type { Prisma } from "@/generated/prisma/client";
import { DEMO_ACCOUNTS } from "../demo-accounts";
import { SEEDED_EMAIL_VERIFIED_AT } from "../build/user";
import { HOSTS } from "./hosts";
import { INSTITUTIONS, institutionId } from "./institutions";

/** Which institution or host each demo account belongs to. */
const DEMO_AFFILIATION: Readonly<Record<string, { institutionId?: string; hostOrganisationId?: string; locale?: string }>> = {
  "user-student-demo": { locale: "nl" },
  "user-company-demo": { hostOrganisationId: "host-001", locale: "nl" },
  "user-office-demo": { institutionId: institutionId("B GENT01"), locale: "nl" },
  "user-admin-demo": {},
  "user-office-madrid": { institutionId: institutionId("E MADRID03") },
  "user-company2-demo": { hostOrganisationId: "host-012" },
  "user-office-vet": { institutionId: "inst-vet-bk-rheinaue", locale: "en" },
  "user-office-school": { institutionId: "inst-sch-iis-galvani", locale: "en" },
  "user-office-adult": { institutionId: "inst-adu-tampere-opisto", locale: "en" },
};

/** The demo officer of each organisation that has one (the others get "user-office-<slug>"). */
const DEMO_OFFICER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DEMO_AFFILIATION).flatMap(([userId, a]) => (a.institutionId && userId.startsWith("user-office") ? [[a.institutionId, userId]] : [])),
);

/** Office staff of the other institutions (Ghent and Madrid have their demo officers); locale ∈ messages/. */
const OFFICERS: Readonly<Record<string, readonly [name: string, locale: string]>> = {
  "B GENT25": ["Sofie Van Hecke", "nl"],
  "B LEUVEN01": ["Ellen Vervoort", "nl"],
  "D BERLIN01": ["Sabine Krüger", "de"],
  "D MUNCHEN02": ["Andreas Wagner", "de"],
  "E VALENCI02": ["Vicent Ferrer Climent", "es"],
  "F PARIS001": ["Nathalie Mercier", "fr"],
  "F GRENOBL55": ["Julien Perrin", "fr"],
  "NL AMSTERD01": ["Marieke Smit", "nl"],
  "NL DELFT01": ["Joost Vermeer", "nl"],
  "DK KOBENHA01": ["Louise Dahl", "da"],
  "DK AARHUS01": ["Rasmus Holm", "da"],
  "PL WARSZAW01": ["Katarzyna Nowak", "pl"],
  "I ROMA01": ["Paola Conti", "it"],
  "P LISBOA109": ["Ana Rita Matos", "pt"],
  "A WIEN01": ["Barbara Pichler", "de"],
  "SF HELSINK01": ["Johanna Laine", "en"],
  "TR ANKARA01": ["Ayşe Kaya", "en"],
  "IRL DUBLIN01": ["Orla Byrne", "en"],
};

/** Office user id per institution id: the demo officers for Ghent, Madrid and the §3a organisations. */
export function officerIdFor(instId: string): string {
  const demo = DEMO_OFFICER[instId];
  if (demo) return demo;
  return `user-office-${instId.slice("inst-".length)}`;
}

export function staffUsers(passwordHash: string): Prisma.UserCreateManyInput[] {
  const demo = DEMO_ACCOUNTS.filter((a) => a.role !== "STUDENT").map((a) => ({
    id: a.id,
    email: a.email,
    name: a.name,
    role: a.role,
    passwordHash,
    emailVerifiedAt: SEEDED_EMAIL_VERIFIED_AT,
    ...DEMO_AFFILIATION[a.id],
  }));
  const officers = INSTITUTIONS.filter((i) => OFFICERS[i.erasmusCode]).map((i) => {
    const [name, locale] = OFFICERS[i.erasmusCode] ?? ["", "en"];
    return {
      id: officerIdFor(i.id),
      email: `erasmus.office@${i.mailDomain}`,
      name,
      role: "OFFICE" as const,
      locale,
      institutionId: i.id,
      passwordHash,
      emailVerifiedAt: SEEDED_EMAIL_VERIFIED_AT,
    };
  });
  const contacts = HOSTS.flatMap((h) =>
    h.contact
      ? [
          {
            id: `user-company-${h.id.slice("host-".length)}`,
            email: h.contact.email,
            name: h.contact.name,
            role: "COMPANY" as const,
            hostOrganisationId: h.id,
            passwordHash,
            emailVerifiedAt: SEEDED_EMAIL_VERIFIED_AT,
          },
        ]
      : [],
  );
  return [...demo, ...officers, ...contacts];
}
