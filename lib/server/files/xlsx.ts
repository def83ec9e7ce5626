import "server-only";
import { zip } from "./zip";

// A minimal SpreadsheetML (Office Open XML, ECMA-376) workbook: the parts every reader needs —
// [Content_Types].xml, the package and workbook relationships, the workbook, one worksheet per
// sheet with inline strings (no shared-strings table to keep in step) — and the document
// properties (core, app, custom) that carry what the file is. No styles: readers fall back to
// the default style. Text cells are never formulas, so spreadsheet formula injection cannot occur.

export type XlsxCell = string | number | null;
export interface XlsxSheet {
  /** 1–31 characters, none of : \ / ? * [ ] (Excel's rule). */
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
}
export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheet[];
  readonly title: string;
  /** Custom document properties (File › Properties › Custom in Excel and LibreOffice). */
  readonly properties?: Readonly<Record<string, string>>;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
// The format id every custom property set uses (ECMA-376 Part 1, §22.3).
const CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/** XML 1.0 forbids most control characters even escaped; they are dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function cellXml(value: XlsxCell, ref: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(String(value))}</t></is></c>`;
}

export function worksheetXml(rows: XlsxSheet["rows"]): string {
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(v, `${columnLetters(c)}${r + 1}`)).join("")}</row>`).join("");
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

const SHEET_NAME = /^[^:\\/?*[\]]{1,31}$/;

/** The workbook as the bytes of an .xlsx file; `now` is its creation time (documents and ZIP). */
export function xlsx(book: XlsxWorkbook, now: Date = new Date()): Buffer {
  if (book.sheets.length === 0) throw new Error("a workbook needs a sheet");
  for (const s of book.sheets) if (!SHEET_NAME.test(s.name)) throw new Error(`invalid sheet name: ${JSON.stringify(s.name)}`);
  const sheets = book.sheets.map((s, i) => ({ ...s, n: i + 1 }));
  const custom = Object.entries(book.properties ?? {});
  const created = now.toISOString().replace(/\.\d{3}Z$/, "Z");

  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheets
      .map(
        (s) => `<Override PartName="/xl/worksheets/sheet${s.n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join("") +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    (custom.length ? `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>` : "") +
    `</Types>`;
  const rels =
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
    (custom.length ? `<Relationship Id="rId4" Type="${NS_REL}/custom-properties" Target="docProps/custom.xml"/>` : "") +
    `</Relationships>`;
  const workbook =
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>` +
    sheets.map((s) => `<sheet name="${xmlText(s.name)}" sheetId="${s.n}" r:id="rId${s.n}"/>`).join("") +
    `</sheets></workbook>`;
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
    sheets.map((s) => `<Relationship Id="rId${s.n}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${s.n}.xml"/>`).join("") +
    `</Relationships>`;
  const core =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlText(book.title)}</dc:title><dc:creator>DOT Portal</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`;
  const app = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>DOT Portal</Application></Properties>`;
  const customXml =
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${NS_VT}">` +
    custom
      .map(([name, value], i) => `<property fmtid="${CUSTOM_FMTID}" pid="${i + 2}" name="${xmlText(name)}"><vt:lpwstr>${xmlText(value)}</vt:lpwstr></property>`)
      .join("") +
    `</Properties>`;

  return zip(
    [
      { name: "[Content_Types].xml", data: contentTypes },
      { name: "_rels/.rels", data: rels },
      { name: "xl/workbook.xml", data: workbook },
      { name: "xl/_rels/workbook.xml.rels", data: workbookRels },
      ...sheets.map((s) => ({ name: `xl/worksheets/sheet${s.n}.xml`, data: worksheetXml(s.rows) })),
      { name: "docProps/core.xml", data: core },
      { name: "docProps/app.xml", data: app },
      ...(custom.length ? [{ name: "docProps/custom.xml", data: customXml }] : []),
    ].map((e) => ({ ...e, modified: now })),
    now,
  );
}
