import type { Prisma } from "@/generated/prisma/client";
import { uniqueTag } from "./unique";

export type UserInput = Partial<Prisma.UserCreateManyInput>;

/**
 * A user row; passwordHash stays null (SSO-only account) unless given. Seeded and factory users
 * have a verified e-mail address unless `emailVerifiedAt: null` is given.
 */
/** When seeded and factory accounts confirmed their e-mail address (any fixed past date). */
export const SEEDED_EMAIL_VERIFIED_AT = new Date(Date.UTC(2020, 0, 1));

export function userData(overrides: UserInput = {}): Prisma.UserCreateManyInput {
  const tag = uniqueTag();
  return {
    email: `user-${tag}@factory.example`,
    name: `Test User ${tag}`,
    role: "STUDENT",
    locale: "en",
    passwordHash: null,
    emailVerifiedAt: SEEDED_EMAIL_VERIFIED_AT,
    ...overrides,
  };
}
