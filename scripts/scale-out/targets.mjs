// The three loads of the scale-out test, all through nginx: a cached public page, the search, and
// a signed-in page. The offer page is rendered once and kept (`revalidate` in its page file,
// lib/server/public-pages.ts); the search and the student's pages render per request.
import { BASE, mustSignIn, STUDENT, withDb } from "./common.mjs";

/** A published offer's id (the public page of the cached target). */
async function publishedOfferId() {
  const { rows } = await withDb((db) => db.query(`SELECT id FROM "Offer" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`));
  if (!rows[0]) throw new Error("no published offer: is the database seeded?");
  return rows[0].id;
}

/** [{ name, url, headers }] for autocannon; signs the demo student in once for the last one. */
export async function loadTargets() {
  const offerId = await publishedOfferId();
  const cookie = await mustSignIn(STUDENT);
  return [
    { name: "cached offer page", url: `${BASE}/en/offers/${offerId}`, headers: {} },
    { name: "search page ?q=data", url: `${BASE}/en/offers?q=data`, headers: {} },
    { name: "signed-in applications", url: `${BASE}/en/student/applications`, headers: { cookie } },
  ];
}
