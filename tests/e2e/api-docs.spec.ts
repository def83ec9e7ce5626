// The API reference: reached from the footer, rendered from the OpenAPI document without a
// script of its own, accessible, cached like the other public pages; the document itself served
// as JSON with the API's headers.
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("the footer leads to the API reference; it lists every operation and links the OpenAPI document", async ({ page, request }) => {
  await page.goto("/stats");
  await page.getByRole("contentinfo").getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/en\/api-docs$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "POST /api/v1/placements/{id}/approve" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Response 200 of GET /api/v1/offers", exact: true })).toContainText("items[].stipendPerMonth");
  await expectNoAxeViolations(page);

  const reload = await page.goto("/en/api-docs");
  expect(reload!.headers()["content-security-policy"]).not.toContain("nonce-");

  const doc = await request.get((await page.getByRole("link", { name: /OpenAPI 3\.1 document/ }).getAttribute("href")) ?? "");
  expect(doc.status()).toBe(200);
  expect(doc.headers()["content-type"]).toContain("application/json");
  expect(doc.headers()["cache-control"]).toBe("public, max-age=3600");
  expect(doc.headers()["x-content-type-options"]).toBe("nosniff");
  const json = (await doc.json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, unknown> };
  expect(json.openapi).toBe("3.1.0");
  expect(Object.keys(json.paths)).toContain("/api/v1/offers/{id}");
});
