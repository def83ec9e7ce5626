import { getTranslations } from "next-intl/server";
import { DOT_ACTIVITY_IDS, EXCLUDED_ACTIVITY_IDS } from "@/lib/domain";
import { LOCALES, isLocale } from "@/i18n/locales";
import type { ActivitiesJson } from "@/lib/api/schemas/misc";
import { apiError, methodNotAllowed, publicApi } from "@/lib/server/api/handlers";

/** GET /api/v1/activities?locale=<one of LOCALES> — the DOT activity list and its exclusions, labelled. */
export const GET = publicApi(async (request) => {
  const requested = new URL(request.url).searchParams.get("locale") ?? "en";
  if (!isLocale(requested)) return apiError(400, `Unknown locale: use one of ${LOCALES.join(", ")}.`, [{ path: "locale", message: "Unknown locale." }]);
  const t = await getTranslations({ locale: requested, namespace: "activities" });
  const describe = (id: string) => ({ id, label: t(`${id}.label` as never), description: t(`${id}.description` as never) });
  return Response.json({
    locale: requested,
    categories: DOT_ACTIVITY_IDS.map(describe),
    exclusions: EXCLUDED_ACTIVITY_IDS.map(describe),
  } satisfies ActivitiesJson);
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
