import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, OPENAPI_VERSION } from "@/lib/api/openapi";

// The document is structurally sound OpenAPI 3.1 and names exactly the routes in app/api/v1.
const doc = buildOpenApiDocument({ appUrl: "https://dot.example.eu" }) as unknown as Record<string, unknown> & {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; parameters?: { name: string; in: string }[] }>>;
  components: { schemas: Record<string, unknown> };
};
const API_DIR = path.join(process.cwd(), "app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
  );
}

/** app/api/v1/placements/[id]/approve/route.ts → /api/v1/placements/{id}/approve */
const pathOf = (file: string) =>
  `/api/v1/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/$/, "");

/** The methods a route file really serves (not the JSON 405s). */
function servedMethods(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = (?:publicApi|authedApi)\(/g)].map((m) => m[1]!.toLowerCase()).sort();
}

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

const resolve = (ref: string) =>
  ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with info, servers from the app URL and paths", () => {
    expect(doc.openapi).toBe(OPENAPI_VERSION);
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc).toMatchObject({ info: { title: expect.any(String), version: expect.any(String) }, servers: [{ url: "https://dot.example.eu" }] });
  });

  it("every $ref resolves inside the document", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const ref of all) {
      expect(ref.startsWith("#/"), ref).toBe(true);
      expect(resolve(ref), ref).toBeDefined();
    }
  });

  it("names every route file's served methods, and nothing else", () => {
    const files = routeFiles(API_DIR);
    const fromFiles = Object.fromEntries(files.map((f) => [pathOf(f), servedMethods(f)]));
    const fromDoc = Object.fromEntries(Object.entries(doc.paths).map(([p, item]) => [p, Object.keys(item).sort()]));
    expect(fromDoc).toEqual(fromFiles);
  });

  it("operations have unique ids, a success and an error answer, and their path parameters", () => {
    const ids = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
        expect(Object.keys(op.responses).some((s) => /^2\d\d$/.test(s))).toBe(true);
        expect(op.responses["500"]).toBeDefined();
        const inPath = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect((op.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name)).toEqual(inPath);
      }
    }
  });

  it("every component is a JSON Schema a validator compiles", () => {
    const ajv = addFormats(new Ajv({ allErrors: true }).addVocabulary(["components"]));
    ajv.addSchema({ components: doc.components }, "openapi.json");
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.compile({ $ref: `openapi.json#/components/schemas/${name}` }), name).not.toThrow();
    }
  });
});
