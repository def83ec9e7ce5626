import { describe, expect, it } from "vitest";
import { EMPTY_OFFER_SEARCH, effectiveSort, MAX_TERMS, offerSearchToQueryString, parseOfferSearch, searchTerms } from "@/lib/validation/offer-search";

const fieldsOf = (input: Record<string, string | string[]> | URLSearchParams) => {
  const r = parseOfferSearch(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("parseOfferSearch", () => {
  it("gives defaults for an empty query: no filters, page 1, 20 per page", () => {
    const r = parseOfferSearch({});
    expect(r.success && r.data).toEqual({
      q: "",
      country: null,
      category: null,
      language: null,
      for: null,
      remote: null,
      duration: null,
      start: null,
      paid: null,
      sort: null,
      page: 1,
      pageSize: 20,
    });
    expect(EMPTY_OFFER_SEARCH).toEqual(r.success && r.data);
  });

  it("reads every parameter, trims q and treats empty values (a GET form's 'any') as no filter", () => {
    const r = parseOfferSearch(
      new URLSearchParams(
        "q=%20data%20&country=nl&category=data-analytics&language=da&for=staff&remote=hybrid&duration=4-6&start=2027-03&paid=yes&sort=stipend&page=3&pageSize=50&utm_source=x",
      ),
    );
    expect(r.success && r.data).toEqual({
      q: "data",
      country: "NL",
      category: "data-analytics",
      language: "da",
      for: "staff",
      remote: "hybrid",
      duration: "4-6",
      start: "2027-03",
      paid: "yes",
      sort: "stipend",
      page: 3,
      pageSize: 50,
    });
    const empty = parseOfferSearch({
      q: "",
      country: "",
      category: "",
      language: "",
      for: "",
      remote: "",
      duration: "",
      start: "",
      paid: "",
      sort: "",
      page: "",
    });
    expect(empty.success && empty.data).toEqual(EMPTY_OFFER_SEARCH);
  });

  it("normalises the EU country aliases EL and UK (docs/domain.md §2)", () => {
    const r = parseOfferSearch({ country: "EL" });
    expect(r.success && r.data.country).toBe("GR");
    const uk = parseOfferSearch({ country: "uk" });
    expect(uk.success && uk.data.country).toBe("GB");
  });

  it.each([
    [{ country: "XX" }, "country:search.invalid.country"],
    [{ country: "Netherlands" }, "country:search.invalid.country"],
    [{ category: "customer-support" }, "category:search.invalid.category"],
    [{ category: "blockchain" }, "category:search.invalid.category"],
    [{ language: "xx" }, "language:search.invalid.language"],
    [{ remote: "ON_SITE" }, "remote:search.invalid.remote"],
    [{ for: "teachers" }, "for:search.invalid.for"],
    [{ for: "Staff" }, "for:search.invalid.for"],
    [{ duration: "1-2" }, "duration:search.invalid.duration"],
    [{ start: "2027-13" }, "start:search.invalid.start"],
    [{ start: "2027-3" }, "start:search.invalid.start"],
    [{ paid: "true" }, "paid:search.invalid.paid"],
    [{ sort: "price" }, "sort:search.invalid.sort"],
    [{ page: "0" }, "page:search.invalid.page"],
    [{ page: "-1" }, "page:search.invalid.page"],
    [{ page: "1.5" }, "page:search.invalid.page"],
    [{ page: "abc" }, "page:search.invalid.page"],
    [{ page: "5001" }, "page:search.invalid.page"],
    [{ pageSize: "51" }, "pageSize:search.invalid.pageSize"],
    [{ q: "x".repeat(201) }, "q:search.invalid.q"],
  ])("refuses %j naming the field", (input, issue) => {
    expect(fieldsOf(input)).toEqual([issue]);
  });

  it("refuses a repeated parameter instead of picking one", () => {
    expect(fieldsOf(new URLSearchParams("country=NL&country=BE"))).toEqual(["country:search.invalid.repeated"]);
    expect(fieldsOf({ category: ["cybersecurity", "robotics-ai"] })).toEqual(["category:search.invalid.repeated"]);
  });
});

describe("offerSearchToQueryString", () => {
  it("writes a canonical string: fixed order, defaults left out, round-trips through parseOfferSearch", () => {
    const r = parseOfferSearch({ page: "2", country: "DE", q: "data & AI", sort: "deadline" });
    expect(r.success).toBe(true);
    const qs = offerSearchToQueryString(r.success ? r.data : EMPTY_OFFER_SEARCH);
    expect(qs).toBe("q=data+%26+AI&country=DE&sort=deadline&page=2");
    const again = parseOfferSearch(new URLSearchParams(qs));
    expect(again.success && again.data).toEqual(r.success && r.data);
    expect(offerSearchToQueryString(EMPTY_OFFER_SEARCH)).toBe("");
  });

  it("keeps who the offer is for in its place (docs/domain.md §3a)", () => {
    const r = parseOfferSearch({ paid: "yes", for: "vet", country: "DE" });
    const qs = offerSearchToQueryString(r.success ? r.data : EMPTY_OFFER_SEARCH);
    expect(qs).toBe("country=DE&for=vet&paid=yes");
    expect(parseOfferSearch(new URLSearchParams(qs))).toEqual(r);
  });

  it.each([
    // The default sort is left out, so a search without a chosen sort follows its words.
    [{ q: "python", sort: "relevance" }, "q=python"],
    [{ q: "python", sort: "newest" }, "q=python&sort=newest"], // chosen: kept
    [{ q: "", sort: "newest" }, ""],
    [{ q: "", sort: "relevance" }, ""], // relevance without words is newest
    [{ q: "***", sort: "newest" }, "q=***"], // no words in q: newest is the default
    [{ q: "", sort: "deadline" }, "sort=deadline"],
    [{ q: "", sort: "match" }, "sort=match"], // depends on who is signed in: never dropped
  ] as const)("%j → %j", (params, qs) => {
    expect(offerSearchToQueryString({ ...EMPTY_OFFER_SEARCH, ...params })).toBe(qs);
  });
});

describe("searchTerms", () => {
  it.each([
    ["Data  analyst", ["data", "analyst"]],
    ['"react" -angular title:*', ["react", "angular", "title"]],
    ["AND OR NOT NEAR(a b)", ["and", "or", "not", "near", "a", "b"]],
    ["Développeur l'équipe", ["développeur", "l", "équipe"]],
    ["C# .NET/ASP.NET", ["c", "net", "asp"]],
    ['\'); DROP TABLE "Offer"; --', ["drop", "table", "offer"]],
    ["*** -- \" ' () ^ : & | !", []],
    ["udvikling og dataanalyse", ["udvikling", "og", "dataanalyse"]],
  ])("%j → %j (letters, marks and digits only; lower-case; no duplicates)", (q, terms) => {
    expect(searchTerms(q)).toEqual(terms);
  });

  it(`keeps at most ${MAX_TERMS} terms`, () => {
    expect(searchTerms("a b c d e f g h i j k l m")).toHaveLength(MAX_TERMS);
  });

  it("composes decomposed accents (NFD input) to the same term as NFC", () => {
    expect(searchTerms("de\u0301veloppeur")).toEqual(["développeur"]);
  });
});

describe("effectiveSort", () => {
  it.each([
    [{ q: "", sort: null }, false, "newest"],
    [{ q: "data", sort: null }, false, "relevance"],
    [{ q: "***", sort: null }, false, "newest"],
    [{ q: "", sort: "relevance" }, false, "newest"],
    [{ q: "data", sort: "deadline" }, false, "deadline"],
    [{ q: "data", sort: "match" }, false, "relevance"],
    [{ q: "", sort: "match" }, true, "match"],
  ] as const)("%j (can match: %s) → %s", (params, canMatch, sort) => {
    expect(effectiveSort(params, canMatch)).toBe(sort);
  });
});
