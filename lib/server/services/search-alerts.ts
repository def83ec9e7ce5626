import "server-only";
import { parseOfferSearch } from "@/lib/validation/offer-search";
import { prisma } from "../db";
import { errorFields } from "../log";
import { logInRequest } from "../request-log";
import { sendMail } from "../mail";
import { searchAlertMail } from "../mail/search-alert-mail";
import { searchOffers } from "./offer-search";

// E-mail alerts for saved searches (issue 4 §6): one mail per search listing the offers published
// since the previous alert. Runs after an offer is published and from `npm run alerts`.

export const ALERT_OFFERS_PER_MAIL = 10;

export type SearchAlertRun = { checked: number; mailed: number; failed: number };

type AlertSearch = {
  id: string;
  name: string;
  query: string;
  createdAt: Date;
  lastAlertAt: Date | null;
  user: { email: string; name: string; locale: string };
};

type Outcome = "mailed" | "nothing" | "skipped" | "failed";

async function alertOne(search: AlertSearch, now: Date): Promise<Outcome> {
  const since = search.lastAlertAt && search.lastAlertAt > search.createdAt ? search.lastAlertAt : search.createdAt;
  if (since >= now) return "skipped";
  const parsed = parseOfferSearch(new URLSearchParams(search.query));
  if (!parsed.success) {
    await logInRequest("warn", "alerts.bad-query", { savedSearchId: search.id });
    return "skipped";
  }
  // Claim the window (since, now] first: a concurrent run read the same lastAlertAt, so only one
  // of the two conditional updates matches and only that run sends the mail.
  const claim = await prisma.savedSearch.updateMany({ where: { id: search.id, alertsOn: true, lastAlertAt: search.lastAlertAt }, data: { lastAlertAt: now } });
  if (claim.count === 0) return "skipped";

  // Give the window back (unless another run moved on since), so the next run tries again.
  const release = () => prisma.savedSearch.updateMany({ where: { id: search.id, lastAlertAt: now }, data: { lastAlertAt: search.lastAlertAt } });
  try {
    const result = await searchOffers({ ...parsed.data, sort: "newest", page: 1 }, { publishedAfter: since, pageSize: ALERT_OFFERS_PER_MAIL, today: now });
    // Offers published after `now` belong to the next window (they are mailed then, not twice).
    const offers = result.items.filter((o) => o.publishedAt && o.publishedAt <= now);
    if (offers.length === 0) return "nothing";
    if (await sendMail(searchAlertMail({ to: search.user, search, offers, total: Math.max(result.total, offers.length) }))) return "mailed";
    await release();
    return "failed";
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * Mails every saved search with alerts on about offers published since its last alert (or since
 * it was saved). Idempotent: a second run with nothing newly published sends nothing. Offers of a
 * publish still committing at the moment of the claim can be missed; the publish trigger runs
 * after its commit, so in practice each new offer is seen.
 */
export async function runSearchAlerts(now: Date = new Date()): Promise<SearchAlertRun> {
  const searches = await prisma.savedSearch.findMany({
    where: { alertsOn: true, user: { deletedAt: null, role: "STUDENT" } },
    select: { id: true, name: true, query: true, createdAt: true, lastAlertAt: true, user: { select: { email: true, name: true, locale: true } } },
    orderBy: { id: "asc" },
  });
  const run: SearchAlertRun = { checked: searches.length, mailed: 0, failed: 0 };
  // One at a time: a few cheap queries each, and the database stays free for users.
  for (const search of searches) {
    try {
      const outcome = await alertOne(search, now);
      if (outcome === "mailed") run.mailed++;
      if (outcome === "failed") run.failed++;
    } catch (error) {
      run.failed++;
      await logInRequest("error", "alerts.search-failed", { savedSearchId: search.id, ...errorFields(error) });
    }
  }
  return run;
}

/** For the publish trigger: never throws (the offer is published already); failures are logged. */
export async function runSearchAlertsLogged(): Promise<void> {
  try {
    const run = await runSearchAlerts();
    if (run.failed > 0) await logInRequest("error", "alerts.run-incomplete", { ...run });
  } catch (error) {
    await logInRequest("error", "alerts.run-failed", errorFields(error));
  }
}
