// CSV for people who open it in a spreadsheet (the record exports):
// - RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled; records end in CRLF.
// - UTF-8 with a byte-order mark: Excel reads a CSV without one in the system code page and turns
//   "Zoë Ñúñez" into mojibake; with the BOM it keeps accents, and other tools ignore it.
// - Formula injection (OWASP "CSV injection"): a cell starting with = + - @ TAB or CR is run as a
//   formula by spreadsheets (=HYPERLINK(...) exfiltrates data). Such cells get a leading apostrophe,
//   which spreadsheets show as text. Our numbers are never negative, so no real value is altered.

export const CSV_BOM = "\uFEFF";
export const CSV_EOL = "\r\n";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: neutralised against formulas, then quoted when RFC 4180 requires it. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, one CRLF-terminated line per row (the header is simply the first row). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(",") + CSV_EOL).join("");
}
