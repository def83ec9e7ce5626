import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";

// POST /api/v1/offers and PUT /api/v1/offers/{id}: the editor's schema and service behind JSON.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", async (original) => ({ ...(await original<object>()), getCurrentUser: async () => session.user }));
// Saved-search alerts after publishing run once the response is sent; not here.
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: () => undefined }));

const { prisma } = await import("@/lib/server/db");
const { createHostOrganisation, createUser } = await import("@/prisma/seed/factories");
const { POST } = await import("@/app/api/v1/offers/route");
const { GET, PUT } = await import("@/app/api/v1/offers/[id]/route");
const { asCurrentUser } = await import("./current-user");
const { offerForm } = await import("./offer-form");
const { resetDatabase } = await import("./reset");

const { languageCode: _c, languageLevel: _l, ...form } = offerForm;
// Far ahead: the API publishes against the real date.
const body = {
  ...form,
  for: ["staff"],
  durationUnit: "days",
  durationMinDays: 5,
  durationMaxDays: 30,
  durationMinMonths: undefined,
  durationMaxMonths: undefined,
  earliestStart: "2099-03-01",
  latestEnd: "2099-06-30",
  applicationDeadline: "2099-02-01",
  languages: [{ language: "en", level: "B2" }],
};

const send = (method: "POST" | "PUT", json: unknown, id?: string) => {
  const request = new Request(`http://localhost/api/v1/offers${id ? `/${id}` : ""}`, {
    method,
    headers: { "content-type": "application/json", origin: "http://localhost:3000" },
    body: JSON.stringify(json),
  });
  return method === "POST" ? POST(request, { params: Promise.resolve({}) }) : PUT(request, { params: Promise.resolve({ id: id! }) });
};

async function companyUser(): Promise<CurrentUser> {
  const host = await createHostOrganisation(prisma, { type: "COMPANY", user: true });
  return asCurrentUser(host.users[0]!);
}

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

describe("offers JSON API", () => {
  it("creates a staff offer with a range in days, publishes it, and reads it back", async () => {
    session.user = await companyUser();
    const created = await send("POST", body);
    expect(created.status).toBe(201);
    const json = await created.json();
    expect(json).toMatchObject({ status: "DRAFT", for: ["staff"], durationDays: { min: 5, max: 30 }, durationMonths: { min: 1, max: 1 } });

    const published = await send("PUT", { ...body, for: ["staff", "vet"], publish: true }, json.id);
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ id: json.id, status: "PUBLISHED", for: ["staff", "vet"] });

    const read = await GET(new Request(`http://localhost/api/v1/offers/${json.id}`), { params: Promise.resolve({ id: json.id }) });
    expect(await read.json()).toMatchObject({ id: json.id, for: ["staff", "vet"], durationDays: { min: 5, max: 30 }, earliestStart: "2099-03-01" });
  });

  it("without `for`, an offer is for students; in months, durationDays is null", async () => {
    session.user = await companyUser();
    const { for: _f, ...rest } = body;
    const res = await send("POST", { ...rest, durationUnit: "months", durationMinMonths: 3, durationMaxMonths: 6 });
    expect(await res.json()).toMatchObject({ for: ["students"], durationMonths: { min: 3, max: 6 }, durationDays: null });
  });

  it.each([
    ["for", { for: [] }],
    ["durationMaxDays", { durationMaxDays: 2 }],
    ["durationMinDays", { durationMinDays: null }],
  ])("400 naming %s", async (field, patch) => {
    session.user = await companyUser();
    const res = await send("POST", { ...body, ...patch });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  it("refuses to publish a period the days cannot fill, naming the field", async () => {
    session.user = await companyUser();
    const res = await send("POST", { ...body, durationMinDays: 30, latestEnd: "2099-03-20", publish: true });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues).toEqual([{ path: "latestEnd", message: expect.stringContaining("shortest duration") }]);
  });

  it("401 anonymous, 403 for a student, 404 for another organisation's offer", async () => {
    expect((await send("POST", body)).status).toBe(401);
    session.user = asCurrentUser(await createUser(prisma, { role: "STUDENT" }));
    expect((await send("POST", body)).status).toBe(403);
    session.user = await companyUser();
    const { id } = await (await send("POST", body)).json();
    session.user = await companyUser();
    expect((await send("PUT", body, id)).status).toBe(404);
  });
});
