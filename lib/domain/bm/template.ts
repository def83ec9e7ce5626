import { BM_CODE_LIST_SOURCES } from "./code-lists";

// Every CSV and XLSX export names the Beneficiary Module template it follows. The
// version is the BM release of the KA121/KA122/KA131 import-export files the layout targets; the
// column list itself is derived from docs/domain.md §5, not copied from that file (decision 0016).

export const BM_TEMPLATE = {
  name: "Mobility activity import-export",
  version: "2024-11-06",
  /** The portal's own layout revision: bumped whenever the columns or their codes change. */
  layout: "DOT-BM-1",
  columnOrder: "derived from docs/domain.md §5 (the published template's column list was not available); see docs/decisions/0016-beneficiary-module-export.md",
} as const;

/** "bm-2024-11-06": the file-name part that names the template version. */
export const BM_FILE_SUFFIX = `bm-${BM_TEMPLATE.version}`;

/** The custom document properties of the XLSX (docProps/custom.xml). */
export function bmDocumentProperties(): Record<string, string> {
  return {
    "BM template": BM_TEMPLATE.name,
    "BM template version": BM_TEMPLATE.version,
    "DOT layout": BM_TEMPLATE.layout,
  };
}

/** The XLSX "About" sheet: what the file is, its template, and where each code list comes from. */
export function bmAboutRows(count: number, exportedOn: string): string[][] {
  return [
    ["DOT Portal mobility records", ""],
    ["Template", `Beneficiary Module "${BM_TEMPLATE.name}"`],
    ["Template version", BM_TEMPLATE.version],
    ["Layout", BM_TEMPLATE.layout],
    ["Column order", BM_TEMPLATE.columnOrder],
    ["Exported on", exportedOn],
    ["Records", String(count)],
    ...Object.entries(BM_CODE_LIST_SOURCES).map(([list, source]) => [`Code list: ${list}`, source]),
  ];
}
