import { describe, expect, it } from "vitest";
import { normalizeErasmusCode } from "@/lib/domain/erasmus-code";
import { auditFilterSchema, AUDIT_FILTER_KEYS } from "@/lib/validation/admin-audit";
import { hostListAfterDecision, hostListSchema, HOST_LIST_KEYS, hostVerifySchema } from "@/lib/validation/admin-hosts";
import { institutionSchema, officerCreateSchema } from "@/lib/validation/admin-institution";
import { parseParamsLenient, toQueryString } from "@/lib/validation/admin-params";

const form = { name: "Ghent University", erasmusCode: "B GENT01", country: "BE", city: "Gent", pic: "", oid: "", website: "" };

function fieldError(input: Record<string, string>, field: string): string | undefined {
  const result = institutionSchema.safeParse(input);
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === field)?.message;
}

describe("Erasmus code (docs/domain.md §5)", () => {
  it.each([
    ["B GENT01", "B GENT01"],
    ["b gent01", "B GENT01"],
    ["B  GENT01", "B GENT01"], // official lists pad the prefix
    ["  sf helsink01 ", "SF HELSINK01"],
    ["IRL DUBLIN01", "IRL DUBLIN01"],
    ["DK KOBENHA01", "DK KOBENHA01"],
    ["F PARIS001", "F PARIS001"], // three digits where a city has many institutions
    ["E LAS-PAL01", "E LAS-PAL01"],
    ["B\tGENT01", "B GENT01"],
  ])("%j is stored as %j", (input, stored) => {
    expect(normalizeErasmusCode(input)).toBe(stored);
    expect(institutionSchema.parse({ ...form, erasmusCode: input }).erasmusCode).toBe(stored);
  });

  it.each([
    ["BGENT01", "no space after the prefix"],
    ["ABCD GENT01", "prefix of 4 letters"],
    ["B GENT1", "one digit"],
    ["B GENT0001", "four digits"],
    ["B GENT", "no number"],
    ["B 01", "no city code"],
    ["B1 GENT01", "digit in the prefix"],
    ["B GÉNT01", "accented letter"],
    ["B GENT01 X", "trailing part"],
    ["B GENTBRUGGE01", "city code longer than 8"],
  ])("%j is refused (%s)", (input) => {
    expect(normalizeErasmusCode(input)).toBeNull();
    expect(fieldError({ ...form, erasmusCode: input }, "erasmusCode")).toBe("adminArea.errors.erasmusCode");
  });

  it("an empty code is a required field", () => {
    // An HEI must have its code (docs/domain.md §3a: only other organisations go without one).
    expect(fieldError({ ...form, erasmusCode: "  " }, "erasmusCode")).toBe("adminArea.errors.erasmusCodeRequired");
  });
});

describe("PIC, OID, country and website of an institution", () => {
  it.each([
    ["pic", "999986581", "999986581"],
    ["pic", "", undefined],
    ["oid", "E10209148", "E10209148"],
    ["oid", "e10209148", "E10209148"],
    ["oid", "", undefined],
    ["country", "EL", "GR"],
    ["country", "uk", "GB"],
    ["country", "be", "BE"],
    ["website", "https://www.ugent.be", "https://www.ugent.be"],
    ["website", "", undefined],
  ])("%s %j → %j", (field, value, stored) => {
    expect(institutionSchema.parse({ ...form, [field]: value })[field as keyof typeof form]).toBe(stored);
  });

  it.each([
    ["pic", "12345678", "validation.pic"],
    ["pic", "1234567890", "validation.pic"],
    ["pic", "99998658A", "validation.pic"],
    ["oid", "E1020914", "validation.oid"],
    ["oid", "10209148", "validation.oid"],
    ["oid", "F10209148", "validation.oid"],
    ["country", "XX", "validation.countryUnknown"],
    ["country", "BEL", "validation.countryUnknown"],
    ["website", "javascript:alert(1)", "validation.website"],
    ["name", "G", "adminArea.errors.institutionName"],
    ["city", "", "validation.required"],
  ])("%s %j is refused with %s", (field, value, message) => {
    expect(fieldError({ ...form, [field]: value }, field)).toBe(message);
  });
});

describe("officer form", () => {
  it("lower-cases the e-mail and requires a known language", () => {
    expect(officerCreateSchema.parse({ institutionId: "i1", name: "Ann Peeters", email: " Ann.Peeters@UGent.be ", locale: "nl" }).email).toBe(
      "ann.peeters@ugent.be",
    );
    expect(officerCreateSchema.safeParse({ institutionId: "i1", name: "Ann Peeters", email: "ann@ugent.be", locale: "ja" }).success).toBe(false);
    expect(officerCreateSchema.safeParse({ institutionId: "i1", name: "A", email: "ann@ugent.be", locale: "en" }).error?.issues[0]?.message).toBe(
      "adminArea.errors.officerName",
    );
  });
});

describe("host verification input", () => {
  it.each([
    ["true", true],
    ["false", false],
  ])("verified=%s → %s", (value, verified) => {
    expect(hostVerifySchema.parse({ hostId: "h1", verified: value }).verified).toBe(verified);
  });
  it("refuses anything else", () => {
    expect(hostVerifySchema.safeParse({ hostId: "h1", verified: "yes" }).success).toBe(false);
  });
});

describe("list parameters (lenient: bad values reported and dropped)", () => {
  it("host filters: EL is Greece, empty values mean no filter", () => {
    expect(parseParamsLenient(hostListSchema, HOST_LIST_KEYS, { verified: "no", country: "el", type: "", page: "" })).toEqual({
      data: { verified: "no", country: "GR", type: undefined, page: 1 },
      issues: [],
    });
  });

  it.each([
    [{ verified: "maybe", type: "NGO" }, "verified", "adminArea.invalid.verified", { type: "NGO" }],
    [{ type: "PIRATE", verified: "yes" }, "type", "adminArea.invalid.type", { verified: "yes" }],
    [{ country: "ZZ", type: "NGO" }, "country", "validation.countryUnknown", { type: "NGO" }],
    [{ page: "0", country: "DK" }, "page", "adminArea.invalid.page", { country: "DK", page: 1 }],
    [{ page: "2.5", type: "NGO" }, "page", "adminArea.invalid.page", { type: "NGO", page: 1 }],
    [{ page: ["1", "2"], type: "NGO" }, "page", "adminArea.invalid.page", { type: "NGO" }],
  ])("host filters %j → an issue on %s, the rest still applies", (raw, field, message, kept) => {
    const { data, issues } = parseParamsLenient(hostListSchema, HOST_LIST_KEYS, raw);
    expect(issues).toEqual([{ field, message }]);
    expect(data).toMatchObject(kept);
    expect(data[field as keyof typeof data]).toBe(field === "page" ? 1 : undefined);
  });

  it.each([
    [{ verb: "host.verify" }, {}],
    [{ verb: "savedSearch.create" }, {}],
    [{ verb: "drop table" }, { verb: "adminArea.invalid.verb" }],
    [{ entityType: "HostOrganisation" }, {}],
    [{ entityType: "Host Organisation" }, { entityType: "adminArea.invalid.entityType" }],
    [{ entityId: "inst-b-gent01" }, {}],
    [{ entityId: "a'b" }, { entityId: "adminArea.invalid.entityId" }],
    [{ from: "2026-02-30" }, { from: "adminArea.invalid.from" }],
    [{ to: "yesterday" }, { to: "adminArea.invalid.to" }],
    [{ from: "2026-03-02", to: "2026-03-01" }, { to: "adminArea.invalid.range" }],
    [{ from: "2026-03-01", to: "2026-03-01" }, {}],
  ])("audit filters %j → issues %j", (raw, expected) => {
    const { issues } = parseParamsLenient(auditFilterSchema, AUDIT_FILTER_KEYS, raw);
    expect(Object.fromEntries(issues.map((i) => [i.field, i.message]))).toEqual(expected);
  });

  it("a reversed date range keeps the start date and drops the end", () => {
    const { data } = parseParamsLenient(auditFilterSchema, AUDIT_FILTER_KEYS, { from: "2026-03-02", to: "2026-03-01", actor: " Admin@" });
    expect(data).toMatchObject({ from: "2026-03-02", actor: "admin@", page: 1 });
    expect(data.to).toBeUndefined();
  });

  it("query strings leave out empty values and page 1", () => {
    expect(toQueryString({ verb: "host.verify", actor: undefined, entityId: "", page: 1 })).toBe("verb=host.verify");
    expect(toQueryString({ q: "gent ü", page: 3 })).toBe("q=gent+%C3%BC&page=3");
  });
});

describe("hostListAfterDecision", () => {
  it.each([
    [undefined, true, "/admin/hosts?done=verified&host=h1"],
    ["verified=no&country=DE&page=2", true, "/admin/hosts?verified=no&country=DE&page=2&done=verified&host=h1"],
    // Only the list's own keys come back: nothing else of a crafted query string survives.
    ["type=COMPANY&done=verified&host=x&next=https://evil.example", false, "/admin/hosts?type=COMPANY&done=unverified&host=h1"],
  ])("from %s (verified %s) to %s", (listQuery, verified, href) => {
    expect(hostListAfterDecision(listQuery, "h1", verified)).toBe(href);
  });
});
