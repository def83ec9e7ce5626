// The public check API on the running portal: happy paths and every class of bad input.
import { expect, test } from "./fixtures";

const placement = {
  action: "KA131",
  callYear: 2025,
  participant: { category: "HE_STUDENT", previousMonths: 0 },
  sendingCountry: "BE",
  hostCountry: "NL",
  hostOrganisationType: "COMPANY",
  start: "2026-03-01",
  end: "2026-07-31",
  activities: { categories: ["software-development"], tasks: "Develop new features of our React web app.\nWrite unit tests in TypeScript." },
};

test.describe("GET /api/v1/activities", () => {
  test("lists the seven categories and four exclusions, labelled in the requested locale", async ({ request }) => {
    const en = await request.get("/api/v1/activities");
    expect(en.status()).toBe(200);
    const body = await en.json();
    expect(body.categories.map((c: { id: string }) => c.id)).toEqual([
      "digital-marketing",
      "digital-design",
      "software-development",
      "it-systems",
      "cybersecurity",
      "data-analytics",
      "robotics-ai",
    ]);
    expect(body.exclusions.map((c: { id: string }) => c.id)).toEqual(["customer-support", "order-fulfilment", "data-entry-office", "office-software"]);
    expect(body.categories[2].label).toBe("Software development");
    const da = await (await request.get("/api/v1/activities?locale=da")).json();
    expect(da.categories[2].label).toBe("Softwareudvikling");
    const bad = await request.get("/api/v1/activities?locale=xx");
    expect(bad.status()).toBe(400);
  });
});

test.describe("POST /api/v1/checks/activities", () => {
  test("recognises digital work with its evidence, in several languages", async ({ request }) => {
    for (const text of [
      "Building Power BI dashboards for the sales team.",
      "Du udvikler nye funktioner i vores webapplikation i TypeScript.",
      "Tu développeras des API REST en Python.",
    ]) {
      const res = await request.post("/api/v1/checks/activities", { data: { text } });
      expect(res.status()).toBe(200);
      const body = await res.json();
      expect(body.qualifies, text).toBe(true);
      expect(body.evidence.length).toBeGreaterThan(0);
      expect(body.evidence[0]).toMatchObject({ kind: "category" });
    }
  });

  test("reports office work that is not a DOT", async ({ request }) => {
    const res = await request.post("/api/v1/checks/activities", { data: { text: "Using Excel to type in customer records and filing invoices." } });
    const body = await res.json();
    expect(body).toMatchObject({ qualifies: false, categories: [] });
    expect(body.excluded).toContain("data-entry-office");
    expect(body.evidence.every((e: { kind: string }) => e.kind === "excluded")).toBe(true);
  });

  test("refuses bad input with a 400 naming the field", async ({ request }) => {
    const malformed = await request.post("/api/v1/checks/activities", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/not valid JSON/);

    const tooLong = await request.post("/api/v1/checks/activities", { data: { text: "x".repeat(10_001) } });
    expect(tooLong.status()).toBe(400);
    expect((await tooLong.json()).error.issues).toEqual([{ path: "text", message: "At most 10,000 characters (you have 10,001)." }]);

    const missing = await request.post("/api/v1/checks/activities", { data: {} });
    expect(missing.status()).toBe(400);
    expect((await missing.json()).error.issues[0].path).toBe("text");
  });

  test("answers a wrong method with 405", async ({ request }) => {
    const res = await request.get("/api/v1/checks/activities");
    expect(res.status()).toBe(405);
    expect(res.headers()["allow"]).toBe("POST");
  });
});

test.describe("POST /api/v1/checks/placement", () => {
  test("an eligible KA131 placement is approvable, with every check, the duration and a grant estimate", async ({ request }) => {
    const res = await request.post("/api/v1/checks/placement", { data: placement });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.approvable).toBe(true);
    expect(body.durationDays).toBe(153);
    expect(body.checks.map((c: { id: string }) => c.id)).toEqual([
      "digital-activity",
      "format",
      "duration",
      "country",
      "participant",
      "recent-graduate",
      "study-cycle-cap",
      "virtual-component",
      "host-organisation",
    ]);
    // No format given: inferred from the category and the 153 days (docs/domain.md §3a).
    expect(body.format).toEqual({ id: "HE-SMT-LONG", activityCode: "HE-SMT", inferred: true });
    expect(body.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    // NL is in group 2 (490 EUR) + traineeship top-up 150 EUR: 153 days = 5 months + 3 days.
    expect(body.grant).toMatchObject({ currency: "EUR", countryGroup: 2, fullMonths: 5, extraDays: 3, totalCents: 5 * 64000 + (3 * 64000) / 30 });
  });

  test("a real country outside the programme is a valid request whose country check fails", async ({ request }) => {
    const res = await request.post("/api/v1/checks/placement", { data: { ...placement, hostCountry: "US" } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.approvable).toBe(false);
    expect(body.checks.find((c: { id: string }) => c.id === "country")).toMatchObject({ ok: false });
  });

  test("EU aliases EL and UK are accepted", async ({ request }) => {
    const res = await request.post("/api/v1/checks/placement", { data: { ...placement, hostCountry: "EL" } });
    expect(res.status()).toBe(200);
    expect((await res.json()).approvable).toBe(true);
  });

  test("an EU institution host and a too-short placement are refused with reasons", async ({ request }) => {
    const body = await (
      await request.post("/api/v1/checks/placement", { data: { ...placement, hostOrganisationType: "EU_INSTITUTION", end: "2026-04-28" } })
    ).json();
    expect(body.approvable).toBe(false);
    const failed = body.checks.filter((c: { ok: boolean }) => !c.ok).map((c: { id: string }) => c.id);
    expect(failed).toEqual(["duration", "host-organisation"]);
    expect(body.durationDays).toBe(59);
  });

  for (const [label, patch, path] of [
    ["unknown action", { action: "KA999" }, "action"],
    ["impossible date", { start: "2026-02-30" }, "start"],
    ["end before start", { end: "2026-02-01" }, "end"],
    ["unknown country", { hostCountry: "XX" }, "hostCountry"],
    ["unknown participant category", { participant: { category: "ASTRONAUT" } }, "participant.category"],
    ["unknown format", { format: "HE-XYZ" }, "format"],
    ["a format not open to the category", { format: "SM-JOB-SHDW" }, "format"],
    ["tasks over 10,000 characters", { activities: { categories: [], tasks: "y".repeat(10_001) } }, "activities.tasks"],
  ] as const) {
    test(`400 for ${label}, naming ${path}`, async ({ request }) => {
      const res = await request.post("/api/v1/checks/placement", { data: { ...placement, ...patch } });
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error.message).toContain(path);
      expect(body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    });
  }

  test("names the format used: given, a BM code resolved by the length, or inferred (docs/domain.md §3a)", async ({ request }) => {
    const staff = { ...placement, participant: { category: "HE_STAFF" }, start: "2026-03-02", end: "2026-06-01" };
    const refused = await (await request.post("/api/v1/checks/placement", { data: staff })).json();
    expect(refused.format).toEqual({ id: "HE-STT", activityCode: "HE-STT", inferred: true });
    expect(refused.checks.find((c: { id: string }) => c.id === "duration")).toMatchObject({ ok: false, code: "too-long-days" });

    const short = { ...placement, format: "HE-SMT", participant: { category: "HE_STUDENT", eqfLevel: 6 }, start: "2026-03-02", end: "2026-03-21" };
    const blended = await (await request.post("/api/v1/checks/placement", { data: short })).json();
    expect(blended.format).toEqual({ id: "HE-SMT-SHORT", activityCode: "HE-SMT", inferred: false });
    expect(blended.checks.find((c: { id: string }) => c.id === "virtual-component")).toMatchObject({ ok: false, code: "missing" });
    // Short-term traineeships are paid per day: 14 days at 79 EUR and 6 at 56 EUR (default rates).
    expect(blended.grant).toMatchObject({ basis: "daily-bands", totalCents: 14 * 7900 + 6 * 5600 });

    const vet = {
      ...placement,
      action: "KA121-VET",
      format: "SM-JOB-SHDW",
      participant: { category: "VET_STAFF" },
      start: "2026-03-02",
      end: "2026-03-22",
    };
    const shadowing = await (await request.post("/api/v1/checks/placement", { data: vet })).json();
    expect(shadowing).toMatchObject({ approvable: true, format: { id: "SM-JOB-SHDW", activityCode: "SM-JOB-SHDW" }, durationDays: 21 });
  });

  test("malformed JSON and a wrong method", async ({ request }) => {
    const malformed = await request.post("/api/v1/checks/placement", {
      data: Buffer.from('{"action": "KA131",'),
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status()).toBe(400);
    expect((await request.delete("/api/v1/checks/placement")).status()).toBe(405);
  });
});
