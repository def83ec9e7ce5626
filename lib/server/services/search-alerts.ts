import "server-only";
import { parseOfferSearch } from "@/lib/validation/offer-search";
import { prisma } from "../db";
import { queueMail } from "../jobs/queue";
import { errorFields } from "../log";
import { logInRequest } from "../request-log";
import { searchAlertMail } from "../mail/search-alert-mail";
import { searchOffers } from "./offer-search/service";

// E-mail alerts for saved searches: one mail per search listing the offers published
// since the previous alert. Runs as a job queued when an offer is published, and from `npm run alerts`.

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

type Outcome = "mailed" | "nothing" | "skipped";

async function alertOne(search: AlertSearch, now: Date): Promise<Outcome> {
  const since = search.lastAlertAt && search.lastAlertAt > search.createdAt ? search.lastAlertAt : search.createdAt;
  if (since >= now) return "skipped";
  const parsed = parseOfferSearch(new URLSearchParams(search.query));
  if (!parsed.success) {
    await logInRequest("warn", "alerts.bad-query", { savedSearchId: search.id });
    return "skipped";
  }
  const result = await searchOffers({ ...parsed.data, sort: "newest", page: 1 }, { publishedAfter: since, pageSize: ALERT_OFFERS_PER_MAIL, today: now });
  // Offers published after `now` belong to the next window (they are mailed then, not twice).
  const offers = result.items.filter((o) => o.publishedAt && o.publishedAt <= now);
  // The window (since, now] is claimed and its mail queued in one transaction: a concurrent run
  // read the same lastAlertAt, so only one of the two conditional updates matches and only that
  // run queues the mail; if the queueing fails, the claim is undone with it.
  return prisma.$transaction(async (tx) => {
    const claim = await tx.savedSearch.updateMany({ where: { id: search.id, alertsOn: true, lastAlertAt: search.lastAlertAt }, data: { lastAlertAt: now } });
    if (claim.count === 0) return "skipped";
    if (offers.length === 0) return "nothing";
    await queueMail(tx, searchAlertMail({ to: search.user, search, offers, total: Math.max(result.total, offers.length) }));
    return "mailed";
  });
}

/**
 * Mails every saved search with alerts on about offers published since its last alert (or since
 * it was saved). Idempotent: a second run with nothing newly published sends nothing. Offers of a
 * publish still committing at the moment of the claim can be missed; the publication queues its
 * own run (committed with it), so in practice each new offer is seen.
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
    } catch (error) {
      run.failed++;
      await logInRequest("error", "alerts.search-failed", { savedSearchId: search.id, ...errorFields(error) });
    }
  }
  return run;
}
