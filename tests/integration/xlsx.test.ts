import { describe, expect, it } from "vitest";
import { columnLetters, worksheetXml, xlsx, xmlText } from "@/lib/server/files/xlsx";

// The pieces of the hand-written XLSX (docs/decisions/0016); whole workbooks are read back by
// unzip, xmllint and Python in bm-export-golden.test.ts.
describe("xlsx", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [45, "AT"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  it("escapes markup and drops the control characters XML cannot hold", () => {
    expect(xmlText('A & B <c> "d"\u0001\u0008 é\tΨ')).toBe("A &amp; B &lt;c&gt; &quot;d&quot; é\tΨ");
  });

  it("writes text as inline strings (never formulas), numbers as numbers, and leaves empty cells out", () => {
    const xml = worksheetXml([["=SUM(A1)", 12.5, null, ""]]);
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c><c r="B1"><v>12.5</v></c></row>');
    expect(xml).not.toContain("<f>");
  });

  it.each(["", "a/b", "x".repeat(32), "[About]"])("refuses the sheet name %j", (name) => {
    expect(() => xlsx({ title: "t", sheets: [{ name, rows: [] }] })).toThrow(/invalid sheet name/);
  });

  it("refuses a workbook without sheets", () => {
    expect(() => xlsx({ title: "t", sheets: [] })).toThrow(/needs a sheet/);
  });
});
