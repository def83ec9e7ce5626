// Sending organisations: higher-education institutions (below), then the VET provider, school and
// adult-education centre of docs/domain.md §3a (SENDING_ORGANISATIONS, no Erasmus code).
import type { SendingOrganisationType } from "@/generated/prisma/enums";

// Sending higher-education institutions. Names, cities and Erasmus codes follow the real
// convention (country prefix, city code, number; e.g. "B GENT01", "SF HELSINK01"); PIC and OID
// have the right shapes (9 digits; "E" + 8 digits) but are made up — do not report with them.

export interface InstitutionSeed {
  readonly id: string;
  readonly type: "HEI";
  /** What data files (people, staff) call it by: the Erasmus code for an HEI. */
  readonly key: string;
  readonly erasmusCode: string;
  readonly name: string;
  readonly country: string;
  readonly city: string;
  readonly pic: string;
  readonly oid: string;
  readonly website: string;
  /** Mail domain for seeded people: always under the reserved .example TLD, so no mail reaches a real inbox. */
  readonly mailDomain: string;
}

type Row = readonly [erasmusCode: string, name: string, country: string, city: string, pic: string, oid: string, website: string, mail: string];

const ROWS: readonly Row[] = [
  ["B GENT01", "Ghent University", "BE", "Gent", "999986581", "E10209148", "https://www.ugent.be", "ugent"],
  ["B GENT25", "HOGENT University of Applied Sciences and Arts", "BE", "Gent", "999843716", "E10208702", "https://www.hogent.be", "hogent"],
  ["B LEUVEN01", "KU Leuven", "BE", "Leuven", "999991722", "E10209136", "https://www.kuleuven.be", "kuleuven"],
  ["D BERLIN01", "Freie Universität Berlin", "DE", "Berlin", "999976783", "E10209442", "https://www.fu-berlin.de", "fu-berlin"],
  ["D MUNCHEN02", "Technische Universität München", "DE", "München", "999977269", "E10209499", "https://www.tum.de", "tum"],
  ["E MADRID03", "Universidad Complutense de Madrid", "ES", "Madrid", "999842455", "E10208861", "https://www.ucm.es", "ucm"],
  ["E VALENCI02", "Universitat Politècnica de València", "ES", "València", "999864280", "E10208967", "https://www.upv.es", "upv"],
  ["F PARIS001", "Université Paris 1 Panthéon-Sorbonne", "FR", "Paris", "999848373", "E10208403", "https://www.pantheonsorbonne.fr", "pantheonsorbonne"],
  ["F GRENOBL55", "Université Grenoble Alpes", "FR", "Grenoble", "906791532", "E10207761", "https://www.univ-grenoble-alpes.fr", "univ-grenoble-alpes"],
  ["NL AMSTERD01", "Universiteit van Amsterdam", "NL", "Amsterdam", "999984059", "E10209002", "https://www.uva.nl", "uva"],
  ["NL DELFT01", "Technische Universiteit Delft", "NL", "Delft", "999976395", "E10209185", "https://www.tudelft.nl", "tudelft"],
  ["DK KOBENHA01", "Københavns Universitet", "DK", "København", "999990655", "E10209367", "https://www.ku.dk", "ku-dk"],
  ["DK AARHUS01", "Aarhus Universitet", "DK", "Aarhus", "999904201", "E10209311", "https://www.au.dk", "au-dk"],
  ["PL WARSZAW01", "Uniwersytet Warszawski", "PL", "Warszawa", "999887147", "E10209713", "https://www.uw.edu.pl", "uw"],
  ["I ROMA01", "Sapienza Università di Roma", "IT", "Roma", "999984447", "E10209087", "https://www.uniroma1.it", "uniroma1"],
  ["P LISBOA109", "Universidade de Lisboa", "PT", "Lisboa", "948779062", "E10209664", "https://www.ulisboa.pt", "ulisboa"],
  ["A WIEN01", "Universität Wien", "AT", "Wien", "999891997", "E10209559", "https://www.univie.ac.at", "univie"],
  ["SF HELSINK01", "Helsingin yliopisto", "FI", "Helsinki", "999986484", "E10209226", "https://www.helsinki.fi", "helsinki"],
  ["TR ANKARA01", "Ankara Üniversitesi", "TR", "Ankara", "999834211", "E10209815", "https://www.ankara.edu.tr", "ankara"],
  ["IRL DUBLIN01", "Trinity College Dublin", "IE", "Dublin", "999984835", "E10209270", "https://www.tcd.ie", "tcd"],
];

/** "B GENT01" → "inst-b-gent01": the fixed id the seed and tests refer to. */
export function institutionId(erasmusCode: string): string {
  return `inst-${erasmusCode.toLowerCase().replace(/\s+/g, "-")}`;
}

export const INSTITUTIONS: readonly InstitutionSeed[] = ROWS.map(([erasmusCode, name, country, city, pic, oid, website, mail]) => ({
  id: institutionId(erasmusCode),
  type: "HEI" as const,
  key: erasmusCode,
  erasmusCode,
  name,
  country,
  city,
  pic,
  oid,
  website,
  mailDomain: `${mail}.example`,
}));

/**
 * docs/domain.md §3a: organisations of the other sectors send staff and VET learners under
 * KA121/KA122. They have no Erasmus code: the OID ("E" + 8 digits, made up) identifies them.
 * Names, places and sites are invented but follow each country's conventions.
 */
export interface SendingOrganisationSeed extends Omit<InstitutionSeed, "type" | "erasmusCode"> {
  readonly type: Exclude<SendingOrganisationType, "HEI">;
  readonly erasmusCode: null;
}

export const SENDING_ORGANISATIONS: readonly SendingOrganisationSeed[] = [
  {
    id: "inst-vet-bk-rheinaue",
    type: "VET_PROVIDER",
    key: "BK RHEINAUE",
    erasmusCode: null,
    name: "Berufskolleg Rheinaue der Stadt Duisburg",
    country: "DE",
    city: "Duisburg",
    pic: "947215386",
    oid: "E10284517",
    website: "https://www.bk-rheinaue.example",
    mailDomain: "bk-rheinaue.example",
  },
  {
    id: "inst-sch-iis-galvani",
    type: "SCHOOL",
    key: "IIS GALVANI",
    erasmusCode: null,
    name: "Istituto di Istruzione Superiore Luigi Galvani",
    country: "IT",
    city: "Bologna",
    pic: "946380127",
    oid: "E10297360",
    website: "https://www.iis-galvani.example",
    mailDomain: "iis-galvani.example",
  },
  {
    id: "inst-adu-tampere-opisto",
    type: "ADULT_EDUCATION",
    key: "TAMPERE AIKUISOPISTO",
    erasmusCode: null,
    name: "Tampereen seudun aikuisopisto",
    country: "FI",
    city: "Tampere",
    pic: "945871203",
    oid: "E10311824",
    website: "https://www.tampereen-aikuisopisto.example",
    mailDomain: "tampereen-aikuisopisto.example",
  },
];

/** Every seeded sending organisation: HEIs first (their order is the historic plan's), then the others. */
export const ALL_SENDING_ORGANISATIONS: readonly (InstitutionSeed | SendingOrganisationSeed)[] = [...INSTITUTIONS, ...SENDING_ORGANISATIONS];

/** By key: an HEI's Erasmus code ("B GENT01") or another organisation's key ("BK RHEINAUE"). */
export function institutionByCode(key: string): InstitutionSeed | SendingOrganisationSeed {
  const found = ALL_SENDING_ORGANISATIONS.find((i) => i.key === key);
  if (!found) throw new Error(`Seed data: unknown institution ${key}`);
  return found;
}
