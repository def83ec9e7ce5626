// On the seeded demo, the office downloads the EWP bm-mobilities report and the
// omobilities view of an approved placement, both valid against the published XSDs, and the
// Learning Agreement JSON Schema is public. Read-only.
import { expect, signInAs, test } from "./fixtures";
import { BM_REPORT_XSD, OMOBILITIES_XSD, xsdErrors } from "../fixtures/ewp/validate";

test("the office downloads the EWP report and an omobility view; both validate against the XSDs", async ({ page }) => {
  await signInAs(page, "OFFICE", "office@demo.dot-portal.eu");
  await page.goto("/office/records?action=KA131");
  const years = await page.locator("#filter-callYear option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  let report: string | null = null;
  for (const callYear of years) {
    const response = await page.request.get(`/en/office/records/ewp-bm?callYear=${callYear}`);
    if (response.status() !== 200) continue;
    expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    report = await response.text();
    break;
  }
  expect(report, "a KA131 call year of the demo office with a complete report").not.toBeNull();
  expect(xsdErrors(report!, BM_REPORT_XSD)).toBe("");

  const approved = await page.request.get("/api/v1/placements?status=APPROVED&action=KA131");
  expect(approved.status()).toBe(200);
  const { items } = (await approved.json()) as { items: { id: string }[] };
  // The first approved student traineeship (a staff mobility has no omobility view: 404).
  let xml = "";
  for (const { id } of items) {
    const view = await page.request.get(`/api/v1/placements/${id}/omobility.xml`);
    if (view.status() === 404) continue;
    expect(view.status()).toBe(200);
    xml = await view.text();
    break;
  }
  expect(xml).toContain("<activity-type>student-traineeships</activity-type>");
  expect(xsdErrors(xml, OMOBILITIES_XSD)).toBe("");
});

test("the Learning Agreement JSON Schema is public", async ({ request }) => {
  const response = await request.get("/api/v1/schemas/learning-agreement-traineeship.json");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", title: "Learning Agreement for Traineeships" });
});
