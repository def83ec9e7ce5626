// An anonymous visitor searches the offers: words + two facets, counts, shareable URL, pages,
// a bad link; axe on every page visited.
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

test("an anonymous visitor searches with a word and two facets, pages through results and sorts", async ({ page }) => {
  await page.goto("/offers");
  await expect(page.getByRole("heading", { level: 1, name: "Find a traineeship" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ offers$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const search = page.getByRole("search", { name: "Search offers" });
  await search.getByLabel("Keywords").fill("software");
  await search.getByLabel("Host country").selectOption("NL");
  await search.getByLabel("Digital activity").selectOption("software-development");
  await search.getByRole("button", { name: "Search" }).click();

  // The URL holds the query (canonical: empty fields and the default sort left out), so it can be
  // shared; a typed keyword sorts by relevance, as a link with that keyword does.
  await expect(page).toHaveURL(/\/offers\?q=software&country=NL&category=software-development$/);
  await expect(page.getByLabel("Sort by").locator("option:checked")).toHaveText("Best text match (default)");
  const heading = page.getByRole("heading", { level: 2, name: /^\d+ offers?$/ });
  await expect(heading).toBeVisible();
  const count = Number((await heading.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);
  // Each facet option shows how many offers it would give with the other filters kept.
  await expect(page.getByLabel("Host country").locator("option:checked")).toHaveText(`Netherlands (${count})`);
  await expect(page.getByLabel("Digital activity").locator("option:checked")).toHaveText(`Software development (${count})`);
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(count);
  for (const card of await cards.all()) {
    await expect(card).toContainText("Netherlands");
    await expect(card.getByRole("listitem").filter({ hasText: "Software development" })).toHaveCount(1);
    await expect(card.getByRole("link")).toHaveAttribute("href", /^\/en\/offers\/[\w-]+$/);
  }
  await expectNoAxeViolations(page);

  // Sorting keeps the filters.
  await page.getByLabel("Sort by").selectOption("deadline");
  await page.getByRole("button", { name: "Sort", exact: true }).click();
  await expect(page).toHaveURL(/q=software&country=NL&category=software-development&sort=deadline$/);
  await expect(cards).toHaveCount(count);

  // A chosen sort stays chosen; back to the default, the URL drops it again.
  await page.getByLabel("Sort by").selectOption({ label: "Best text match (default)" });
  await page.getByRole("button", { name: "Sort", exact: true }).click();
  await expect(page).toHaveURL(/q=software&country=NL&category=software-development$/);

  // Clear the filters and page through everything.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/offers$/);
  await expect(page.getByLabel("Sort by").locator("option:checked")).toHaveText("Newest (default)");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByRole("link", { name: "Page 1", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(cards).toHaveCount(20);
  const firstTitle = await cards.first().getByRole("heading").textContent();
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/offers\?page=2$/);
  await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(cards.first().getByRole("heading")).not.toHaveText(firstTitle ?? "");
  await expectNoAxeViolations(page);
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(/\/offers$/);

  // A result opens its offer page.
  await cards.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/offers\/[\w-]+$/);
});

test("a typed keyword sorts by relevance, in the same order as a direct link", async ({ page }) => {
  await page.goto("/offers?q=python");
  const direct = await page.getByRole("article").getByRole("heading").allTextContents();
  expect(direct.length).toBeGreaterThan(0);
  await page.goto("/offers");
  await page.getByRole("search", { name: "Search offers" }).getByLabel("Keywords").fill("python");
  await page.getByRole("search", { name: "Search offers" }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/offers\?q=python$/);
  await expect(page.getByLabel("Sort by").locator("option:checked")).toHaveText("Best text match (default)");
  expect(await page.getByRole("article").getByRole("heading").allTextContents()).toEqual(direct);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/offers-keyword-relevance.png" });
});

test("a link with bad parameters says what was ignored and still searches with the rest", async ({ page }) => {
  await page.goto("/offers?country=XX&page=0&remote=remote");
  const alert = page.getByRole("alert").filter({ hasText: "Part of this link is not valid" });
  await expect(alert).toContainText("Host country: This country is not in the list, so the filter was left out.");
  await expect(alert).toContainText("Page: The page must be a whole number from 1 to 5000.");
  await expect(page.getByLabel("Work mode").locator("option:checked")).toHaveText(/^Remote \(\d+\)$/);
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ offers?$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // A search nothing matches: the empty state offers a way out.
  await page.goto("/offers?q=zzzqqxx");
  await expect(page.getByRole("heading", { level: 2, name: "No offers" })).toBeVisible();
  await expect(page.getByText("No offers match your search")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a signed-in student sees how each offer matches, sorts by match and can save the search", async ({ page }) => {
  await signInAs(page, "STUDENT");
  await page.goto("/offers?q=data");
  const matches = page.getByRole("group", { name: /^Match for / });
  await expect(matches.first()).toContainText(/\d+% match/);
  await expect(matches).toHaveCount(await page.getByRole("article").count());
  await page.getByLabel("Sort by").selectOption("match");
  await page.getByRole("button", { name: "Sort", exact: true }).click();
  await expect(page).toHaveURL(/\/offers\?q=data&sort=match$/);
  await expect(page.getByLabel("Sort by").locator("option:checked")).toHaveText("Best match for me");
  await expect(page.locator("summary", { hasText: "Save this search" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the same search is public JSON", async ({ request }) => {
  const res = await request.get("/api/v1/offers?q=software&country=NL&category=software-development");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.total).toBeGreaterThan(0);
  expect(body.items[0]).toMatchObject({
    country: "NL",
    categories: expect.arrayContaining(["software-development"]),
    deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  });
  const one = await request.get(`/api/v1/offers/${body.items[0].id}`);
  expect(one.status()).toBe(200);
  const bad = await request.get("/api/v1/offers?country=XX&page=0");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["country", "page"]);
});
