import type { LegalSection } from "./legal-document";

// The order of each legal page's sections and sentences; the words are messages under legal.<doc>.

export const PRIVACY_NOTICE: readonly LegalSection[] = [
  { id: "controller", paragraphs: ["p1", "p2"] },
  { id: "data", items: ["account", "profile", "applications", "mobility", "hosts", "technical"] },
  { id: "purposes", paragraphs: ["service", "records", "security", "noMarketing"] },
  { id: "recipients", items: ["hosts", "office", "commission", "admins", "noThirdParties"] },
  { id: "retention", items: ["cvs", "unverified", "tokens", "exports", "records", "rest"] },
  { id: "rights", paragraphs: ["self", "other", "complaint"] },
  { id: "cookies", paragraphs: ["p1"] },
  { id: "changes", paragraphs: ["p1"] },
];

export const HOST_TERMS: readonly LegalSection[] = [
  { id: "eligibility", paragraphs: ["p1", "p2"] },
  { id: "offers", items: ["real", "digital", "honest", "fair"] },
  { id: "duties", items: ["agreement", "mentor", "certificate"] },
  { id: "data", paragraphs: ["p1", "p2"] },
  { id: "suspension", paragraphs: ["p1"] },
  { id: "service", paragraphs: ["p1"] },
];

/** The model statement of Implementing Decision (EU) 2018/1523, section by section. */
export const ACCESSIBILITY_STATEMENT: readonly LegalSection[] = [
  { id: "intro", paragraphs: ["p1", "p2"] },
  { id: "status", paragraphs: ["p1"] },
  { id: "content", paragraphs: ["p1"], items: ["uploads", "offers", "api", "evaluation"] },
  { id: "preparation", paragraphs: ["p1", "results"] },
  { id: "feedback", paragraphs: ["p1"] },
  { id: "enforcement", paragraphs: ["p1"] },
];
