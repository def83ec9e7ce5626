import type { CefrLevel, WorkMode } from "@/generated/prisma/enums";

/**
 * One base offer text, as a host would write it. The seed derives one offer per listed host
 * (variants differ in dates, stipend, duration, work mode, places and status), so a title never
 * repeats at the same host.
 */
export interface OfferText {
  readonly key: string;
  /** ISO 639-1 language the offer is written in. */
  readonly language: "en" | "nl" | "da" | "de" | "fr" | "es" | "pl" | "it" | "pt" | "sv" | "cs" | "el" | "hu" | "ro" | "fi";
  /**
   * What the text is meant to be (documentation for readers and tests; the stored verdict always
   * comes from the classifier): a DOT, a DOT with some excluded work, no DOT at all, or a real
   * DOT whose wording gives no evidence (the officer-override journey).
   */
  readonly kind: "dot" | "mixed" | "non-dot" | "vague";
  readonly title: string;
  /** May use {host} and {city}, filled in per variant. */
  readonly description: string;
  /** 3–7 tasks, one per line in Offer.tasks. */
  readonly tasks: readonly string[];
  readonly skills: readonly string[];
  /** Declared OfferCategory ids (docs/domain.md §1) — non-DOT offers sometimes declare one wrongly. */
  readonly categories: readonly string[];
  readonly languages: readonly (readonly [language: string, level: CefrLevel])[];
  /** One variant per host, in this order (host-xxx ids from data/hosts.ts). */
  readonly hosts: readonly string[];
  readonly workMode?: WorkMode;
  /** Typical [min, max] duration in months; variants stay within 2–12. */
  readonly months?: readonly [number, number];
}
