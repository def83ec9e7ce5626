// The demo sign-ins (one per role, plus a second office and company for cross-tenant tests).
// Plain data with no server imports: the README, Playwright fixtures and the seed all read it.
import type { Role } from "@/generated/prisma/enums";

export const DEMO_PASSWORD = "DemoPass!2026";

export interface DemoAccount {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly name: string;
  readonly label: string;
}

export const DEMO_ACCOUNTS = [
  {
    id: "user-student-demo",
    email: "student@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "STUDENT",
    name: "Zoë Van den Broeck",
    label: "Student — Ghent University (B GENT01), complete profile, applications in several states",
  },
  {
    id: "user-company-demo",
    email: "company@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "COMPANY",
    name: "Pieter de Graaf",
    label: "Company — Kanaal Software B.V., Rotterdam (verified software SME with applicants)",
  },
  {
    id: "user-office-demo",
    email: "office@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "OFFICE",
    name: "Griet Claeys",
    label: "International office — Ghent University (B GENT01), placements to review",
  },
  {
    id: "user-admin-demo",
    email: "admin@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "ADMIN",
    name: "Portal Administrator",
    label: "Administrator",
  },
  {
    id: "user-office-madrid",
    email: "office.madrid@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "OFFICE",
    name: "Lucía Fernández Ortega",
    label: "International office — Universidad Complutense de Madrid (E MADRID03), second tenant",
  },
  {
    id: "user-company2-demo",
    email: "company2@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "COMPANY",
    name: "Katrin Vogel",
    label: "Company — Spreeware GmbH, Berlin (second host, cross-tenant tests)",
  },
  // docs/domain.md §3a: the mobility coordinators of the organisations that are no HEI.
  {
    id: "user-office-vet",
    email: "office.vet@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "OFFICE",
    name: "Markus Brandt",
    label: "Mobility coordinator — Berufskolleg Rheinaue, Duisburg (VET provider): KA121/KA122-VET staff and learner mobilities",
  },
  {
    id: "user-office-school",
    email: "office.school@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "OFFICE",
    name: "Francesca Marchetti",
    label: "International coordinator — IIS Luigi Galvani, Bologna (school): KA121/KA122-SCH teacher mobilities",
  },
  {
    id: "user-office-adult",
    email: "office.adult@demo.dot-portal.eu",
    password: DEMO_PASSWORD,
    role: "OFFICE",
    name: "Riikka Salonen",
    label: "International coordinator — Tampereen seudun aikuisopisto, Tampere (adult education): KA121/KA122-ADU staff mobilities",
  },
] as const satisfies readonly DemoAccount[];

export type DemoAccountId = (typeof DEMO_ACCOUNTS)[number]["id"];

export function demoAccount(id: DemoAccountId): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.id === id);
  if (!account) throw new Error(`Unknown demo account ${id}`);
  return account;
}
