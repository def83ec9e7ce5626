"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { deleteSavedSearch, renameSavedSearch, setSavedSearchAlerts } from "@/lib/server/services/saved-searches";
import { renameSearchSchema, savedSearchIdSchema, searchAlertsSchema } from "@/lib/validation/saved";

// Ownership is checked in the service against the signed-in user: another user's id is a 404.

export const renameSearchAction = authedAction({
  schema: renameSearchSchema,
  permission: "save:offer:own",
  async handler({ searchId, name }, user) {
    await renameSavedSearch(user, searchId, name);
    revalidateLocalised("/student/saved");
    return { ok: true, message: "saved.renamed" };
  },
});

export const setSearchAlertsAction = authedAction({
  schema: searchAlertsSchema,
  permission: "save:offer:own",
  async handler({ searchId, alertsOn }, user) {
    await setSavedSearchAlerts(user, searchId, alertsOn);
    revalidateLocalised("/student/saved");
    return { ok: true, message: alertsOn ? "saved.alertsTurnedOn" : "saved.alertsTurnedOff" };
  },
});

export const deleteSearchAction = authedAction({
  schema: savedSearchIdSchema,
  permission: "save:offer:own",
  async handler({ searchId }, user) {
    await deleteSavedSearch(user, searchId);
    revalidateLocalised("/student/saved");
    return { ok: true, message: "saved.deleted" };
  },
});
