// docs/domain.md §3/§5: a Learning Agreement for Traineeships binds three parties — the trainee, the
// sending institution and the receiving organisation. Who is which party is derived from the data
// (never from a form), and each party fills in its own part of the template.

export const LA_PARTIES = ["trainee", "office", "host"] as const;
export type LaParty = (typeof LA_PARTIES)[number];

export interface LaViewer {
  readonly id: string;
  readonly role: string;
  readonly institutionId: string | null;
  readonly hostOrganisationId: string | null;
}

/** The placement's three parties as the database knows them. */
export interface LaPartyKeys {
  /** The participant's user (placement → application → participant → user). */
  readonly traineeUserId: string;
  /** The placement's (sending) institution. */
  readonly institutionId: string;
  /** The offer's host organisation. */
  readonly hostId: string;
}

/**
 * The party the viewer signs for, or null for anyone else (other students, other institutions'
 * officers, other companies, administrators): those must not learn that the agreement exists.
 */
export function partyOf(viewer: LaViewer, keys: LaPartyKeys): LaParty | null {
  if (viewer.role === "STUDENT" && viewer.id === keys.traineeUserId) return "trainee";
  if (viewer.role === "OFFICE" && viewer.institutionId !== null && viewer.institutionId === keys.institutionId) return "office";
  if (viewer.role === "COMPANY" && viewer.hostOrganisationId !== null && viewer.hostOrganisationId === keys.hostId) return "host";
  return null;
}

export const LA_TABLES = ["A", "B", "C"] as const;
export type LaTable = (typeof LA_TABLES)[number];

/**
 * Who fills in which table. Table A (the traineeship programme) is agreed between the sending
 * institution and the host; Table B (recognition, insurance) is the sending institution's
 * commitment; Table C (support, insurance at the host) is the host's. The trainee reads and signs.
 */
export const TABLE_EDITORS: Readonly<Record<LaTable, readonly LaParty[]>> = {
  A: ["office", "host"],
  B: ["office"],
  C: ["host"],
};

export function mayEditTable(party: LaParty, table: LaTable): boolean {
  return TABLE_EDITORS[table].includes(party);
}

/** The tables a party may edit, in template order. */
export function editableTables(party: LaParty): LaTable[] {
  return LA_TABLES.filter((table) => mayEditTable(party, table));
}

/**
 * The content fields of each table. The planned period is not among them: it is the approved
 * placement's, and after signing it changes only through an A2 change.
 */
export const TABLE_FIELDS = {
  A: [
    "title",
    "hoursPerWeek",
    "programme",
    "digitalSkills",
    "learningOutcomes",
    "monitoringPlan",
    "evaluationPlan",
    "workingLanguage",
    "workingLanguageLevel",
    "mentorName",
    "mentorEmail",
  ],
  B: ["recognition", "ects", "transcript", "europassMobility", "insurance"],
  C: ["hostSupport"],
} as const satisfies Record<LaTable, readonly string[]>;

export type TableField<T extends LaTable> = (typeof TABLE_FIELDS)[T][number];
