// The officer filters the mobility records, downloads CSV, XLSX and JSON
// and the test reads them (the XLSX's first data row through Debian's unzip); statistics pages (office, admin, public) and GET /api/v1/stats agree; another institution's
// officer never sees Ghent's records. Read-only: this spec changes no data, and counts are read from
// the pages because other specs may approve placements before it runs.
import { execFileSync } from "node:child_process";
import { readFile, mkdir } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { RECORD_EXPORT_HEADERS } from "@/lib/domain/record-export";
import { parseCsv } from "./csv";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

const SHOTS = "test-results/screenshots";
const NON_ASCII = /[^\u0000-\u007f]/;

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** "3 records selected." → 3 */
async function selectedCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("record-count").textContent()) ?? "";
  return Number(text.replace(/[^\d]/g, ""));
}

async function downloadText(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer; path: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName, exact: true }).click()]);
  const path = (await download.path())!;
  return { name: download.suggestedFilename(), bytes: await readFile(path), path };
}

const XML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/** Row `n` (1-based) of an XLSX's first worksheet, read with unzip: cell reference → text. */
function xlsxRow(file: string, n: number): Map<string, string> {
  const xml = execFileSync("unzip", ["-p", file, "xl/worksheets/sheet1.xml"], { encoding: "utf8" });
  const row = new RegExp(`<row r="${n}">(.*?)</row>`).exec(xml)?.[1] ?? "";
  const cells = [...row.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(?:<is><t[^>]*>(.*?)<\/t><\/is>|<v>(.*?)<\/v>)<\/c>/g)];
  return new Map(cells.map((m) => [m[1]!, (m[2] ?? m[3] ?? "").replace(/&(amp|lt|gt|quot);/g, (e) => XML_ENTITIES[e]!)]));
}

/** 0 → A, 26 → AA. */
const columnRef = (i: number): string => (i >= 26 ? columnRef(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));

/** The participant names listed on the records page (first page). */
async function listedNames(page: Page): Promise<string[]> {
  const table = page.getByRole("table", { name: "Records" });
  return table.locator("tbody tr td:nth-child(2) span.block").allTextContents();
}

/**
 * A call year + action of the demo office whose records are all complete and include an accented
 * name (the seed has Zoë, Sébastien …). Candidates are read from the page, not assumed.
 */
async function findExportableSelection(page: Page): Promise<{ callYear: string; action: string }> {
  await page.goto("/office/records");
  const years = await page.locator("#filter-callYear option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  for (const callYear of years) {
    for (const action of ["KA131", "KA103", "KA107"]) {
      await page.goto(`/office/records?callYear=${callYear}&action=${action}`);
      if ((await page.getByRole("link", { name: "Download CSV", exact: true }).count()) === 0) continue;
      if ((await listedNames(page)).some((n) => NON_ASCII.test(n))) return { callYear, action };
    }
  }
  throw new Error("the seed has no complete selection with an accented name for the demo office");
}

test("the officer filters the records, downloads CSV, XLSX and JSON, and the files hold what the page shows", async ({ page }) => {
  // Two axe runs, two screenshots and three downloads: 45 s is too short on a loaded machine.
  test.slow();
  await signInAs(page, "OFFICE", "office@demo.dot-portal.eu");
  await page.goto("/office/records");
  await expect(page.getByRole("heading", { level: 1, name: "Mobility records" })).toBeVisible();
  await expect(page.getByText(/Ghent University/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "office-records");

  const { callYear, action } = await findExportableSelection(page);

  // Filter through the form, as an officer would.
  await page.goto("/office/records");
  await page.getByLabel("Call year").selectOption(callYear);
  await page.getByLabel("Key action").selectOption(action);
  await page.getByRole("button", { name: "Show records" }).click();
  await page.waitForURL((url) => url.searchParams.get("callYear") === callYear && url.searchParams.get("action") === action);
  await expect(page.getByLabel("Call year")).toHaveValue(callYear);
  await expectNoAxeViolations(page);
  await shot(page, "office-records-filtered");
  const count = await selectedCount(page);
  expect(count).toBeGreaterThan(0);
  const names = await listedNames(page);

  // CSV: UTF-8 with BOM, the documented header, one row per selected record, accents intact.
  const csv = await downloadText(page, "Download CSV");
  expect(csv.name).toMatch(new RegExp(`^dot-mobility-records_.+_${callYear}_bm-2024-11-06\\.csv$`));
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.bytes.toString("utf8").slice(1));
  const [header, ...records] = rows;
  expect(header).toEqual(RECORD_EXPORT_HEADERS);
  expect(records).toHaveLength(count);
  const col = (name: string) => header!.indexOf(name);
  for (const r of records) {
    expect(r).toHaveLength(header!.length);
    expect(r[col("Call Year")]).toBe(callYear);
    expect(r[col("Key Action")]).toBe(action);
    expect(r[col("Sending Erasmus Code")]).toMatch(/GENT01/);
    expect(r[col("Start Date")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r[col("Grant Total (EUR)")]).toMatch(/^\d+\.\d{2}$/);
  }
  const csvNames = records.map((r) => `${r[col("Participant First Name")]} ${r[col("Participant Last Name")]}`);
  for (const name of names) expect(csvNames).toContain(name);
  expect(csvNames.some((n) => NON_ASCII.test(n))).toBe(true);

  // XLSX: the same columns; the first data row holds the CSV's first record (numbers as numbers).
  const book = await downloadText(page, "Download XLSX");
  expect(book.name).toMatch(new RegExp(`_${callYear}_bm-2024-11-06\\.xlsx$`));
  const sheetHeader = xlsxRow(book.path, 1);
  expect(header!.map((_, i) => sheetHeader.get(columnRef(i)))).toEqual(header);
  const firstRow = xlsxRow(book.path, 2);
  expect(records[0]!.map((_, i) => firstRow.get(columnRef(i)) ?? "")).toEqual(
    records[0]!.map((v, i) => (/ \(EUR\)$/.test(header![i]!) ? String(Number(v)) : v)),
  );

  // JSON: the same records, typed.
  const json = await downloadText(page, "Download JSON");
  expect(json.name).toMatch(new RegExp(`_${callYear}\\.json$`));
  const body = JSON.parse(json.bytes.toString("utf8"));
  expect(body.count).toBe(count);
  expect(body.records).toHaveLength(count);
  expect(body.columns.map((c: { header: string }) => c.header)).toEqual(RECORD_EXPORT_HEADERS);
  expect(
    body.records.map((r: { participantFirstName: string; participantLastName: string }) => `${r.participantFirstName} ${r.participantLastName}`).sort(),
  ).toEqual([...csvNames].sort());
  // docs/decisions/0016: Yes/No for KA103/KA107, a level for KA131.
  expect(action === "KA131" ? ["ADVANCED", "BASIC", "NONE"] : ["Yes", "No"]).toContain(body.records[0].digitalSkills);
  expect(body.template.version).toBe("2024-11-06");

  // A bad parameter is a 400 naming it, not a file.
  const bad = await page.request.get("/office/records/export?format=ods");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues[0].path).toBe("format");
});

test("the officer's statistics show charts with their tables and a CSV per table", async ({ page }) => {
  await signInAs(page, "OFFICE", "office@demo.dot-portal.eu");
  await page.goto("/office/statistics");
  await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();
  await expect(page.getByRole("img", { name: /By host country/ })).toBeVisible();
  for (const title of ["By host country", "By DOT activity", "By field of education", "By sending country", "By start month"]) {
    await expect(page.getByRole("table", { name: title })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await shot(page, "office-statistics");

  const hostTable = page.getByRole("table", { name: "By host country" });
  const hostRows = await hostTable.locator("tbody tr").count();
  const card = page.locator("section", { has: page.getByRole("heading", { name: "By host country", exact: true }) });
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("dot-statistics_own_byHostCountry.csv");
  const rows = parseCsv((await readFile((await download.path())!)).toString("utf8").slice(1));
  expect(rows[0]).toEqual(["Code", "Label", "Placements"]);
  expect(rows).toHaveLength(hostRows + 1);
  expect(rows.slice(1).every((r) => /^[A-Z]{2}$/.test(r[0]!) && Number(r[2]) > 0)).toBe(true);
});

test("the public statistics page and GET /api/v1/stats give the same aggregate numbers", async ({ page, request }) => {
  const api = await request.get("/api/v1/stats");
  expect(api.status()).toBe(200);
  const stats = await api.json();
  expect(Object.keys(stats)).toEqual(["total", "byHostCountry", "byCategory", "bySendingCountry", "byField"]);
  expect(typeof stats.total).toBe("number");
  for (const key of ["byHostCountry", "byCategory", "bySendingCountry", "byField"]) {
    for (const [k, v] of Object.entries(stats[key])) {
      expect(typeof k).toBe("string");
      expect(Number.isInteger(v)).toBe(true);
    }
  }
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  expect(sum(stats.byHostCountry)).toBe(stats.total);
  expect(sum(stats.bySendingCountry)).toBe(stats.total);
  // No personal data: no e-mail addresses or seeded names in the public numbers.
  expect(JSON.stringify(stats)).not.toMatch(/@|Zoë|Van den Broeck/);

  await page.goto("/stats");
  await expect(page.getByRole("heading", { level: 1, name: "Digital Opportunity Traineeships in numbers" })).toBeVisible();
  const total = page.locator("dt", { hasText: "DOT placements" }).locator("xpath=following-sibling::dd");
  expect(Number((await total.textContent())!.replace(/[^\d]/g, ""))).toBe(stats.total);
  await expect(page.getByRole("img", { name: /By DOT activity/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "By host country" }).locator("tbody tr")).toHaveCount(Object.keys(stats.byHostCountry).length);
  await expect(page.getByRole("table", { name: "By sending country" }).locator("tbody tr")).toHaveCount(Object.keys(stats.bySendingCountry).length);
  await expect(page.locator("main")).not.toContainText("@");
  await expectNoAxeViolations(page);
  await shot(page, "public-stats");

  const csv = await request.get("/stats/export?table=byCategory");
  expect(csv.headers()["content-disposition"]).toContain("dot-statistics_public_byCategory.csv");
  const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ""));
  expect(
    rows
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(Object.keys(stats.byCategory).sort());

  expect((await request.get("/stats/export?table=byName")).status()).toBe(400);
  expect((await request.post("/api/v1/stats")).status()).toBe(405);
});

test("the admin sees every institution's statistics", async ({ page }) => {
  const publicTotal = (await (await page.request.get("/api/v1/stats")).json()).total;
  await signInAs(page, "ADMIN");
  await page.goto("/admin/statistics");
  await expect(page.getByRole("heading", { level: 1, name: "Statistics: all institutions" })).toBeVisible();
  const total = page.locator("dt", { hasText: "DOT placements" }).locator("xpath=following-sibling::dd");
  expect(Number((await total.textContent())!.replace(/[^\d]/g, ""))).toBe(publicTotal);
  await expectNoAxeViolations(page);
});

test("another institution's officer never sees Ghent's records, and other roles cannot export", async ({ page, request }) => {
  expect((await request.get("/office/records/export?format=csv")).status()).toBe(401);

  await signInAs(page, "OFFICE", "office.madrid@demo.dot-portal.eu");
  await page.goto("/office/records");
  await expect(page.getByText(/Universidad Complutense de Madrid/).first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/GENT01|ugent\.example|Ghent University/);
  await expectNoAxeViolations(page);
  for (const format of ["csv", "json"]) {
    const res = await page.request.get(`/office/records/export?format=${format}`);
    expect([200, 422]).toContain(res.status());
    expect(await res.text()).not.toMatch(/GENT01|ugent\.example/);
  }
  await page.goto("/office/statistics");
  await expect(page.locator("main")).not.toContainText(/Ghent/);
  await expectNoAxeViolations(page);

  await page.context().clearCookies();
  await signInAs(page, "STUDENT");
  expect((await page.request.get("/office/records/export?format=csv")).status()).toBe(403);
  expect((await page.request.get("/office/statistics/export?table=byField")).status()).toBe(403);
  const forbidden = await page.goto("/office/records");
  expect(forbidden?.status()).toBe(403);
});
