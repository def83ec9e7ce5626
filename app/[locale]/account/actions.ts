"use server";
import { localeRedirect } from "@/i18n/redirect";
import { z } from "zod";
import { authedAction } from "@/lib/server/action";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { clearSessionCookie } from "@/lib/server/auth/cookies";
import { resendVerificationMail, signOutEverywhere } from "@/lib/server/services/account-security";
import { cancelAccountDeletion, requestAccountDeletion } from "@/lib/server/services/account-erasure";
import { requestDataExport } from "@/lib/server/services/data-export";

const empty = z.object({});

export const signOutEverywhereAction = authedAction({
  schema: empty,
  permission: "manage:account:own",
  handler: async (_input, user) => {
    await signOutEverywhere(user.id);
    // This browser's token ended with the others; forget it so the next page is signed out.
    await clearSessionCookie();
    await localeRedirect("/sign-in");
  },
});

export const resendVerificationAction = authedAction({
  schema: empty,
  permission: "manage:account:own",
  handler: async (_input, user) => {
    await resendVerificationMail(user.id);
    return { ok: true, message: "accountSecurity.verifyResent" };
  },
});

export const requestDataExportAction = authedAction({
  schema: empty,
  permission: "manage:account:own",
  handler: async (_input, user) => {
    await requestDataExport(user.id);
    // The page shows the export's state from the row: render it anew.
    revalidateLocalised("/account", "page");
    return { ok: true, message: "myData.requested" };
  },
});

export const requestAccountDeletionAction = authedAction({
  schema: z.object({ confirmEmail: z.string().trim().min(1, "myData.delete.emailMismatch").max(320) }),
  permission: "manage:account:own",
  handler: async ({ confirmEmail }, user) => {
    await requestAccountDeletion(user.id, confirmEmail);
    revalidateLocalised("/account", "page");
    return { ok: true };
  },
});

export const cancelAccountDeletionAction = authedAction({
  schema: empty,
  permission: "manage:account:own",
  handler: async (_input, user) => {
    await cancelAccountDeletion(user.id);
    revalidateLocalised("/account", "page");
    return { ok: true, message: "myData.delete.cancelled" };
  },
});
