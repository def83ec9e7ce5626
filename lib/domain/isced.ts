// ISCED-F 2013 fields of education and training (docs/domain.md §5 records, §6 classifications): a field
// is a 4-digit detailed code whose first 2 digits are the broad field and first 3 the narrow field.
// Labels are translated in the messages namespace `isced` (keys from iscedBroadKey / iscedFieldKey).
//
// The list holds every detailed field a programme can be classified in, including the
// "not elsewhere classified" (xxx9, and xx99 at broad level) and "inter-disciplinary" (xx88) ones.
// It leaves out the statistical "not further defined" codes (xx00, xxx0) and 9999 "field unknown":
// they exist for data that lacks detail, and a participant or record always knows the programme.

/** The 11 broad fields, 00–10. */
export const ISCED_BROAD_FIELDS = ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10"] as const;
export type IscedBroadCode = (typeof ISCED_BROAD_FIELDS)[number];

/** Every detailed field, ordered by code (grouped here by narrow field, one line each). */
export const ISCED_DETAILED_FIELDS = [
  // 00 Generic programmes and qualifications
  "0011",
  "0021",
  "0031",
  "0099",
  // 01 Education
  "0111",
  "0112",
  "0113",
  "0114",
  "0119",
  "0188",
  // 02 Arts and humanities
  "0211",
  "0212",
  "0213",
  "0214",
  "0215",
  "0219",
  "0221",
  "0222",
  "0223",
  "0229",
  "0231",
  "0232",
  "0239",
  "0288",
  "0299",
  // 03 Social sciences, journalism and information
  "0311",
  "0312",
  "0313",
  "0314",
  "0319",
  "0321",
  "0322",
  "0329",
  "0388",
  "0399",
  // 04 Business, administration and law
  "0411",
  "0412",
  "0413",
  "0414",
  "0415",
  "0416",
  "0417",
  "0419",
  "0421",
  "0488",
  "0499",
  // 05 Natural sciences, mathematics and statistics
  "0511",
  "0512",
  "0519",
  "0521",
  "0522",
  "0529",
  "0531",
  "0532",
  "0533",
  "0539",
  "0541",
  "0542",
  "0588",
  "0599",
  // 06 Information and Communication Technologies (ICTs)
  "0611",
  "0612",
  "0613",
  "0619",
  "0688",
  // 07 Engineering, manufacturing and construction
  "0711",
  "0712",
  "0713",
  "0714",
  "0715",
  "0716",
  "0719",
  "0721",
  "0722",
  "0723",
  "0724",
  "0729",
  "0731",
  "0732",
  "0788",
  "0799",
  // 08 Agriculture, forestry, fisheries and veterinary
  "0811",
  "0812",
  "0819",
  "0821",
  "0831",
  "0841",
  "0888",
  "0899",
  // 09 Health and welfare
  "0911",
  "0912",
  "0913",
  "0914",
  "0915",
  "0916",
  "0917",
  "0919",
  "0921",
  "0922",
  "0923",
  "0929",
  "0988",
  "0999",
  // 10 Services
  "1011",
  "1012",
  "1013",
  "1014",
  "1015",
  "1019",
  "1021",
  "1022",
  "1029",
  "1031",
  "1032",
  "1039",
  "1041",
  "1088",
  "1099",
] as const;
export type IscedDetailedCode = (typeof ISCED_DETAILED_FIELDS)[number];

const detailed: ReadonlySet<string> = new Set(ISCED_DETAILED_FIELDS);
const broad: ReadonlySet<string> = new Set(ISCED_BROAD_FIELDS);

export function isIscedDetailedCode(value: unknown): value is IscedDetailedCode {
  return typeof value === "string" && detailed.has(value);
}

export function isIscedBroadCode(value: unknown): value is IscedBroadCode {
  return typeof value === "string" && broad.has(value);
}

/** "0613" → "06"; null when the code is not a known detailed field. */
export function broadFieldOf(code: string): IscedBroadCode | null {
  return isIscedDetailedCode(code) ? (code.slice(0, 2) as IscedBroadCode) : null;
}

/** "0613" → "061"; null when the code is not a known detailed field. */
export function narrowFieldOf(code: string): string | null {
  return isIscedDetailedCode(code) ? code.slice(0, 3) : null;
}

/** The detailed fields of each broad field, in code order (for grouped pickers). */
export const ISCED_FIELDS_BY_BROAD: readonly { readonly broad: IscedBroadCode; readonly fields: readonly IscedDetailedCode[] }[] = ISCED_BROAD_FIELDS.map(
  (b) => ({ broad: b, fields: ISCED_DETAILED_FIELDS.filter((f) => f.startsWith(b)) }),
);

// Message keys must not start with a digit (next-intl keys), hence the letter prefixes.
/** Message key of a broad field's label inside the `isced` namespace: "06" → "broad.b06". */
export function iscedBroadKey(code: IscedBroadCode): `broad.b${IscedBroadCode}` {
  return `broad.b${code}`;
}

/** Message key of a detailed field's label inside the `isced` namespace: "0613" → "fields.f0613". */
export function iscedFieldKey(code: IscedDetailedCode): `fields.f${IscedDetailedCode}` {
  return `fields.f${code}`;
}
