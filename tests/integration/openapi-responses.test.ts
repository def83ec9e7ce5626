import Ajv from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { tempOutbox } from "./temp-outbox";

// Every /api/v1 route called with real requests (success and refusals) on the test database; each
// body is validated against the OpenAPI document's schema for that path, method and status. At
// the end every documented operation must have been seen succeeding and refusing.
tempOutbox(); // decisions and messages queue mail
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", async (original) => ({ ...(await original<object>()), getCurrentUser: async () => session.user }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: () => undefined }));

const { prisma } = await import("@/lib/server/db");
const { apiDocument } = await import("@/lib/server/openapi-document");
const { consume } = await import("@/lib/server/security/throttle");
const { clientAddress } = await import("@/lib/server/security/request-address");
const factories = await import("@/prisma/seed/factories");
const { asCurrentUser, officerOf } = await import("./current-user");
const { offerForm } = await import("./offer-form");
const { resetDatabase } = await import("./reset");

const routes = {
  "/api/v1/activities": await import("@/app/api/v1/activities/route"),
  "/api/v1/applications/{id}/messages": await import("@/app/api/v1/applications/[id]/messages/route"),
  "/api/v1/checks/activities": await import("@/app/api/v1/checks/activities/route"),
  "/api/v1/checks/placement": await import("@/app/api/v1/checks/placement/route"),
  "/api/v1/offers": await import("@/app/api/v1/offers/route"),
  "/api/v1/offers/{id}": await import("@/app/api/v1/offers/[id]/route"),
  "/api/v1/openapi.json": await import("@/app/api/v1/openapi.json/route"),
  "/api/v1/placements": await import("@/app/api/v1/placements/route"),
  "/api/v1/placements/{id}": await import("@/app/api/v1/placements/[id]/route"),
  "/api/v1/placements/{id}/approve": await import("@/app/api/v1/placements/[id]/approve/route"),
  "/api/v1/placements/{id}/cancel": await import("@/app/api/v1/placements/[id]/cancel/route"),
  "/api/v1/placements/{id}/format": await import("@/app/api/v1/placements/[id]/format/route"),
  "/api/v1/placements/{id}/learning-agreement": await import("@/app/api/v1/placements/[id]/learning-agreement/route"),
  "/api/v1/placements/{id}/omobility.xml": await import("@/app/api/v1/placements/[id]/omobility.xml/route"),
  "/api/v1/schemas/learning-agreement-traineeship.json": await import("@/app/api/v1/schemas/learning-agreement-traineeship.json/route"),
  "/api/v1/placements/{id}/reject": await import("@/app/api/v1/placements/[id]/reject/route"),
  "/api/v1/session": await import("@/app/api/v1/session/route"),
  "/api/v1/stats": await import("@/app/api/v1/stats/route"),
} as const;
type ApiPath = keyof typeof routes;
type Method = "GET" | "POST" | "PUT";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>> };
const doc = apiDocument() as unknown as Doc & { components: unknown };
const ajv = addFormats(new Ajv({ allErrors: true }).addVocabulary(["components"]));
ajv.addSchema({ components: doc.components }, "openapi.json");

/** Operations seen answering 2xx and 4xx, "get /api/v1/offers" → statuses. */
const seen = new Map<string, Set<number>>();

/** Calls the route's handler and checks the answer against the document; the JSON body. */
async function call(method: Method, path: ApiPath, o: { id?: string; query?: string; json?: unknown; body?: string; type?: string } = {}) {
  const url = `http://localhost${path.replace("{id}", o.id ?? "")}${o.query ? `?${o.query}` : ""}`;
  const body = o.body ?? (o.json === undefined ? undefined : JSON.stringify(o.json));
  const request = new Request(url, { method, body, headers: body === undefined ? {} : { "content-type": o.type ?? "application/json" } });
  const handler = (routes[path] as unknown as Record<Method, Handler>)[method];
  const response = await handler(request, { params: Promise.resolve<Record<string, string>>(o.id ? { id: o.id } : {}) });
  // JSON, the JSON Schema document, or EWP XML (checked as the string the document declares).
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const text = await response.text();
  const json: unknown = mediaType.endsWith("xml") ? text : JSON.parse(text);
  const operation = doc.paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} in the document`).toBeDefined();
  const documented = operation!.responses[String(response.status)];
  expect(documented, `${method} ${path} documents ${response.status}: ${JSON.stringify(json)}`).toBeDefined();
  const content = documented!.content!;
  expect(content[mediaType], `${method} ${path} ${response.status} documents ${mediaType}`).toBeDefined();
  const ref = content[mediaType]!.schema.$ref;
  const validate = ajv.compile({ $ref: `openapi.json${ref}` });
  expect(
    validate(json),
    `${method} ${path} ${response.status} against ${ref}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(json).slice(0, 2000)}`,
  ).toBe(true);
  const key = `${method.toLowerCase()} ${path}`;
  seen.set(key, (seen.get(key) ?? new Set()).add(response.status));
  return { status: response.status, json: json as Record<string, unknown> };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const { languageCode: _c, languageLevel: _l, ...offerFields } = offerForm;
const offerBody = {
  ...offerFields,
  earliestStart: "2099-03-01",
  latestEnd: "2099-08-31",
  applicationDeadline: "2099-02-01",
  languages: [{ language: "en", level: "B2" }],
};

let w: Awaited<ReturnType<typeof world>>;

/** An office with its KA131 agreement and two waiting placements, a host with an offer and its user, a student. */
async function world() {
  const institution = await factories.createInstitution(prisma, { country: "BE", erasmusCode: "B GENT01" });
  await prisma.projectAgreement.create({
    data: { institutionId: institution.id, action: "KA131", callYear: 2026, agreementNumber: "2026-1-BE01-KA131-HED-000001234" },
  });
  const host = await factories.createHostOrganisation(prisma, { country: "NL", city: "Utrecht", user: true });
  const offer = await factories.createOffer(prisma, { hostId: host.id, language: "en", places: 3 });
  const placements = [];
  const participants = [];
  for (const name of ["Robbe", "Lotte"]) {
    const participant = await factories.createParticipant(prisma, { institutionId: institution.id, firstName: name });
    const application = await factories.createApplication(prisma, { offerId: offer.id, participantId: participant.id, status: "ACCEPTED" });
    participants.push({ user: asCurrentUser(participant.user), application });
    placements.push(
      await factories.createPlacement(prisma, {
        applicationId: application.id,
        action: "KA131",
        callYear: 2026,
        startDate: utc("2027-03-01"),
        endDate: utc("2027-07-28"),
      }),
    );
  }
  return {
    offer,
    placements,
    participants,
    officer: await officerOf(institution.id),
    foreignOfficer: await officerOf((await factories.createInstitution(prisma, { country: "DK" })).id),
    company: asCurrentUser(host.users[0]!),
  };
}

beforeAll(async () => {
  await resetDatabase();
  w = await world();
});

afterAll(() => {
  // Every documented operation was seen both answering and refusing (session has nothing to refuse).
  const missing = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item).flatMap((method) => {
      const statuses = [...(seen.get(`${method} ${path}`) ?? [])];
      const ok = statuses.some((s) => s < 300);
      const refused = statuses.some((s) => s >= 400) || path === "/api/v1/session";
      return ok && refused ? [] : [`${method} ${path}: ${statuses.join(",") || "never called"}`];
    }),
  );
  expect(missing).toEqual([]);
});

describe("every /api/v1 answer matches the OpenAPI document", () => {
  it("public reference data: activities, checks, stats, the document itself", async () => {
    session.user = null;
    expect((await call("GET", "/api/v1/activities", { query: "locale=nl" })).status).toBe(200);
    expect((await call("GET", "/api/v1/activities", { query: "locale=xx" })).status).toBe(400);
    expect(
      (await call("POST", "/api/v1/checks/activities", { json: { text: "Building Power BI dashboards.\nTyping in customer records in Excel." } })).status,
    ).toBe(200);
    expect((await call("POST", "/api/v1/checks/activities", { json: { text: 42 } })).status).toBe(400);
    expect((await call("POST", "/api/v1/checks/activities", { body: "text=hello", type: "text/plain" })).status).toBe(415);
    expect((await call("POST", "/api/v1/checks/activities", { body: JSON.stringify({ text: "x".repeat(70_000) }) })).status).toBe(413);
    const placement = {
      action: "KA131",
      callYear: 2025,
      participant: { category: "HE_STUDENT", previousMonths: 0 },
      sendingCountry: "BE",
      hostCountry: "NL",
      hostOrganisationType: "COMPANY",
      start: "2026-03-01",
      end: "2026-07-31",
      activities: { categories: ["software-development"], tasks: "Develop features of our React web app." },
    };
    const checked = await call("POST", "/api/v1/checks/placement", { json: placement });
    expect(checked).toMatchObject({ status: 200, json: { grant: { currency: "EUR" } } });
    expect((await call("POST", "/api/v1/checks/placement", { json: { ...placement, end: "2026-01-01" } })).status).toBe(400);
    expect((await call("POST", "/api/v1/checks/placement", { body: "{" })).status).toBe(400);
    expect((await call("GET", "/api/v1/stats")).status).toBe(200);
    expect((await call("GET", "/api/v1/openapi.json")).status).toBe(200);
    expect((await call("GET", "/api/v1/schemas/learning-agreement-traineeship.json")).status).toBe(200);
  });

  it("sessions: anonymous and signed in", async () => {
    session.user = null;
    expect((await call("GET", "/api/v1/session")).json).toEqual({ user: null });
    session.user = w.company;
    expect((await call("GET", "/api/v1/session")).json).toMatchObject({ user: { role: "COMPANY" } });
  });

  it("offers: search, read, create and replace", async () => {
    session.user = null;
    const found = await call("GET", "/api/v1/offers", { query: "pageSize=5" });
    expect(found.status).toBe(200);
    expect((found.json.items as unknown[]).length).toBeGreaterThan(0);
    expect((await call("GET", "/api/v1/offers", { query: "page=0" })).status).toBe(400);
    expect((await call("GET", "/api/v1/offers", { query: "sort=match" })).status).toBe(400);
    expect((await call("GET", "/api/v1/offers/{id}", { id: w.offer.id })).status).toBe(200);
    expect((await call("GET", "/api/v1/offers/{id}", { id: "nope" })).status).toBe(404);
    expect((await call("POST", "/api/v1/offers", { json: offerBody })).status).toBe(401);

    session.user = w.participants[0]!.user;
    expect((await call("POST", "/api/v1/offers", { json: offerBody })).status).toBe(403);
    session.user = w.company;
    const created = await call("POST", "/api/v1/offers", { json: offerBody });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    expect((await call("PUT", "/api/v1/offers/{id}", { id, json: { ...offerBody, title: "Data engineering trainee", publish: true } })).json).toMatchObject({
      status: "PUBLISHED",
    });
    expect((await call("PUT", "/api/v1/offers/{id}", { id, json: { ...offerBody, places: 0 } })).status).toBe(400);
    expect((await call("PUT", "/api/v1/offers/{id}", { id: "someone-elses", json: offerBody })).status).toBe(404);
  });

  it("application threads: read, write, refusals", async () => {
    const applicationId = w.participants[0]!.application.id;
    session.user = w.participants[0]!.user;
    expect((await call("POST", "/api/v1/applications/{id}/messages", { id: applicationId, json: { body: "When could I start?" } })).status).toBe(201);
    expect((await call("POST", "/api/v1/applications/{id}/messages", { id: applicationId, json: { body: "" } })).status).toBe(400);
    session.user = w.company;
    const thread = await call("GET", "/api/v1/applications/{id}/messages", { id: applicationId });
    expect(thread).toMatchObject({ status: 200, json: { side: "HOST", messages: [{ body: "When could I start?" }] } });
    expect((await call("GET", "/api/v1/applications/{id}/messages", { id: "nope" })).status).toBe(404);
    session.user = null;
    expect((await call("GET", "/api/v1/applications/{id}/messages", { id: applicationId })).status).toBe(401);
    session.user = w.officer;
    expect((await call("POST", "/api/v1/applications/{id}/messages", { id: applicationId, json: { body: "Hello" } })).status).toBe(403);
  });

  it("placements: the queue, a review, format, approve, cancel, reject", async () => {
    const [first, second] = [w.placements[0]!, w.placements[1]!];
    session.user = w.officer;
    expect((await call("GET", "/api/v1/placements")).json).toMatchObject({ total: 2 });
    expect((await call("GET", "/api/v1/placements", { query: "status=NOPE" })).status).toBe(400);
    expect((await call("GET", "/api/v1/placements/{id}", { id: first.id })).status).toBe(200);
    expect((await call("PUT", "/api/v1/placements/{id}/format", { id: first.id, json: { format: "HE-SMT-LONG", action: "KA131" } })).status).toBe(200);
    expect((await call("PUT", "/api/v1/placements/{id}/format", { id: first.id, json: { format: "NOPE", action: "KA131" } })).status).toBe(400);

    const approved = await call("POST", "/api/v1/placements/{id}/approve", { id: first.id, body: "" });
    expect(approved).toMatchObject({ status: 200, json: { status: "APPROVED", alreadyApproved: false } });
    expect((await call("POST", "/api/v1/placements/{id}/approve", { id: first.id, json: {} })).json).toMatchObject({ alreadyApproved: true });
    expect((await call("GET", "/api/v1/placements/{id}", { id: first.id })).json).toMatchObject({
      status: "APPROVED",
      record: { activityType: expect.any(String) },
    });
    const omobility = await call("GET", "/api/v1/placements/{id}/omobility.xml", { id: first.id });
    expect(omobility.status).toBe(200);
    expect(String(omobility.json)).toContain("<omobilities-get-response");
    expect((await call("GET", "/api/v1/placements/{id}/omobility.xml", { id: second.id })).status).toBe(404); // not approved
    expect((await call("GET", "/api/v1/placements/{id}/learning-agreement", { id: first.id })).status).toBe(200);
    expect((await call("GET", "/api/v1/placements/{id}/learning-agreement", { id: second.id })).status).toBe(404); // none yet
    expect((await call("PUT", "/api/v1/placements/{id}/format", { id: first.id, json: { format: "HE-SMT-LONG", action: "KA131" } })).status).toBe(409);
    expect((await call("POST", "/api/v1/placements/{id}/reject", { id: first.id, json: { reason: "Too late for this call year." } })).status).toBe(409);

    expect((await call("POST", "/api/v1/placements/{id}/cancel", { id: second.id, json: { reason: "The participant withdrew." } })).status).toBe(409);
    expect((await call("POST", "/api/v1/placements/{id}/cancel", { id: first.id, json: { reason: "short" } })).status).toBe(400);
    expect((await call("POST", "/api/v1/placements/{id}/cancel", { id: first.id, json: { reason: "The participant withdrew." } })).json).toMatchObject({
      status: "CANCELLED",
    });
    expect(
      (await call("POST", "/api/v1/placements/{id}/reject", { id: second.id, json: { reason: "The dates fall outside the project." } })).json,
    ).toMatchObject({ status: "REJECTED" });
    expect((await call("POST", "/api/v1/placements/{id}/reject", { id: second.id, json: { reason: "short" } })).status).toBe(400);

    session.user = w.foreignOfficer;
    expect((await call("GET", "/api/v1/placements/{id}", { id: first.id })).status).toBe(404);
    expect((await call("POST", "/api/v1/placements/{id}/approve", { id: second.id, json: {} })).status).toBe(404);
    session.user = w.company;
    expect((await call("GET", "/api/v1/placements")).status).toBe(403);
  });

  it("a spent budget: 429 with Retry-After, as documented", async () => {
    session.user = null;
    await consume("api", clientAddress(new Headers()), 1_000_000);
    for (const path of ["/api/v1/stats", "/api/v1/openapi.json", "/api/v1/activities", "/api/v1/schemas/learning-agreement-traineeship.json"] as const) {
      expect((await call("GET", path)).status).toBe(429);
    }
  });
});
