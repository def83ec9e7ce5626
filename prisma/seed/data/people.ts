// Participants: real-looking multilingual names (accents intact), from the seeded institutions,
// across all eight docs/domain.md §1 categories (mostly HE students and recent graduates).
// Each row is compact on purpose; participants.ts turns it into profiles with seeded details.
import type { CefrLevel, ParticipantCategory } from "@/generated/prisma/enums";
import { asciiSlug } from "../slug";

export interface PersonSeed {
  readonly key: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly gender: "female" | "male" | "undefined";
  readonly nationality: string;
  readonly institution: string;
  readonly category: ParticipantCategory;
  readonly field: string;
  readonly eqf: number;
  readonly age: number;
  readonly languages: readonly (readonly [string, CefrLevel])[];
  readonly previousMonths?: number;
  readonly fewerOpportunities?: boolean;
}

type Row = readonly [
  first: string,
  last: string,
  gender: "F" | "M" | "X",
  nationality: string,
  institution: string,
  category: ParticipantCategory,
  field: string,
  eqf: number,
  age: number,
  languages: string,
  extra?: { prev?: number; fewer?: boolean },
];

// Keys are stable: scenario data refers to people by them ("zoe-van-den-broeck").
const ROWS: readonly Row[] = [
  // Ghent University — the demo office's institution (its review queue is built from these).
  ["Zoë", "Van den Broeck", "F", "BE", "B GENT01", "HE_STUDENT", "0613", 7, 23, "nl:NATIVE en:C1 fr:B2 de:A2"],
  ["Arne", "Claes", "M", "BE", "B GENT01", "HE_STUDENT", "0613", 6, 21, "nl:NATIVE en:C1 fr:B1"],
  ["Lotte", "De Smet", "F", "BE", "B GENT01", "HE_RECENT_GRADUATE", "0542", 7, 24, "nl:NATIVE en:C1 de:B2"],
  ["Wout", "Vermeulen", "M", "BE", "B GENT01", "HE_STUDENT", "0714", 7, 23, "nl:NATIVE en:B2 fr:B2", { prev: 5 }],
  ["Fien", "Maes", "F", "BE", "B GENT01", "HE_STUDENT", "0732", 7, 22, "nl:NATIVE en:C1 es:B1"],
  ["Jonas", "Peeters", "M", "BE", "B GENT01", "HE_RECENT_GRADUATE", "0612", 6, 23, "nl:NATIVE en:C1 da:A2"],
  ["Amira", "El Amrani", "F", "BE", "B GENT01", "HE_STUDENT", "0414", 6, 21, "nl:NATIVE fr:C1 en:C1 ar:B2", { fewer: true }],
  ["Giulia", "Rossi", "F", "IT", "B GENT01", "HE_STUDENT", "0613", 7, 24, "it:NATIVE en:C1 nl:A2"],
  ["Thibault", "Desmet", "M", "BE", "B GENT01", "HE_STAFF", "0613", 8, 38, "nl:NATIVE en:C2 fr:C1"],
  ["Kato", "Willems", "F", "BE", "B GENT01", "HE_STUDENT", "0211", 6, 21, "nl:NATIVE en:B2 fr:B2"],
  ["Robbe", "Janssens", "M", "BE", "B GENT01", "HE_STUDENT", "0541", 7, 23, "nl:NATIVE en:C1 de:B1"],
  ["Mehmet", "Yılmaz", "M", "TR", "B GENT01", "HE_STUDENT", "0613", 8, 27, "tr:NATIVE en:C1 nl:B1"],
  // Her approved placement at Kanaal Software has an unsigned Learning Agreement (tests/e2e/learning-agreement.spec.ts signs it).
  ["Hanne", "Wuyts", "F", "BE", "B GENT01", "HE_STUDENT", "0612", 7, 22, "nl:NATIVE en:C1 fr:B1"],
  // HOGENT — VET-level (EQF 5) programmes and staff.
  ["Senne", "Verhoeven", "M", "BE", "B GENT25", "VET_LEARNER", "0613", 5, 20, "nl:NATIVE en:B2"],
  ["Elise", "Goossens", "F", "BE", "B GENT25", "VET_RECENT_GRADUATE", "0611", 5, 21, "nl:NATIVE en:B2 fr:B1"],
  ["Bart", "Lemmens", "M", "BE", "B GENT25", "VET_STAFF", "0714", 6, 45, "nl:NATIVE en:C1 de:B2"],
  ["Hanne", "Dewulf", "F", "BE", "B GENT25", "SCHOOL_STAFF", "0114", 7, 36, "nl:NATIVE en:C1 fr:B2"],
  ["Dirk", "Vandenberghe", "M", "BE", "B GENT25", "ADULT_EDUCATION_STAFF", "0611", 6, 50, "nl:NATIVE fr:C1 en:B2"],
  // KU Leuven
  ["Lien", "Van Damme", "F", "BE", "B LEUVEN01", "HE_STUDENT", "0542", 7, 23, "nl:NATIVE en:C1 fr:B2"],
  ["Pieter-Jan", "Wouters", "M", "BE", "B LEUVEN01", "HE_RECENT_GRADUATE", "0613", 7, 24, "nl:NATIVE en:C2 de:B1"],
  ["Chloé", "Lambert", "F", "BE", "B LEUVEN01", "HE_STUDENT", "0731", 7, 23, "fr:NATIVE nl:B2 en:C1"],
  // Freie Universität Berlin
  ["Lena", "Schäfer", "F", "DE", "D BERLIN01", "HE_STUDENT", "0542", 7, 24, "de:NATIVE en:C1 fr:B1"],
  ["Jonas", "Müller", "M", "DE", "D BERLIN01", "HE_RECENT_GRADUATE", "0613", 6, 24, "de:NATIVE en:C1 nl:A2"],
  ["Aylin", "Demir", "F", "DE", "D BERLIN01", "HE_STUDENT", "0414", 6, 22, "de:NATIVE tr:C1 en:C1 es:A2"],
  ["Maximilian", "Groß", "M", "DE", "D BERLIN01", "HE_STAFF", "0612", 8, 41, "de:NATIVE en:C1"],
  // TU München
  ["Sophie", "Bauer", "F", "DE", "D MUNCHEN02", "HE_STUDENT", "0714", 7, 24, "de:NATIVE en:C1 da:A2"],
  ["Felix", "Huber", "M", "DE", "D MUNCHEN02", "HE_STUDENT", "0613", 6, 22, "de:NATIVE en:B2 es:B1"],
  ["Anna", "Lehmann", "F", "DE", "D MUNCHEN02", "HE_RECENT_GRADUATE", "0732", 7, 25, "de:NATIVE en:C1 fr:B2"],
  ["Tobias", "Weiß", "M", "AT", "D MUNCHEN02", "HE_STUDENT", "0715", 7, 24, "de:NATIVE en:C1", { prev: 6 }],
  // Universidad Complutense de Madrid — the second office's institution.
  ["José", "Martínez", "M", "ES", "E MADRID03", "HE_STUDENT", "0613", 6, 22, "es:NATIVE en:B2 fr:B1"],
  ["Lucía", "Fernández", "F", "ES", "E MADRID03", "HE_RECENT_GRADUATE", "0542", 7, 24, "es:NATIVE en:C1 de:B1"],
  ["Álvaro", "Gómez Ruiz", "M", "ES", "E MADRID03", "HE_STUDENT", "0414", 6, 21, "es:NATIVE en:B2 fr:B2", { fewer: true }],
  ["Carmen", "Navarro Sáez", "F", "ES", "E MADRID03", "HE_STUDENT", "0211", 6, 22, "es:NATIVE en:B2 it:B1"],
  ["Sergio", "Ortega Blanco", "M", "ES", "E MADRID03", "HE_STUDENT", "0612", 7, 24, "es:NATIVE en:C1 nl:A2"],
  // Universitat Politècnica de València
  ["Marta", "Puig i Soler", "F", "ES", "E VALENCI02", "HE_STUDENT", "0731", 7, 23, "ca:NATIVE es:NATIVE en:B2 fr:B2"],
  ["Javier", "Morales", "M", "ES", "E VALENCI02", "HE_RECENT_GRADUATE", "0714", 6, 23, "es:NATIVE en:B2 de:A2"],
  ["Nerea", "Albiol", "F", "ES", "E VALENCI02", "HE_STUDENT", "0613", 6, 21, "es:NATIVE ca:C2 en:B2"],
  ["Andrés", "Castillo", "M", "CO", "E VALENCI02", "HE_STUDENT", "0688", 7, 26, "es:NATIVE en:C1"],
  // Paris 1 Panthéon-Sorbonne
  ["Camille", "Lefèvre", "F", "FR", "F PARIS001", "HE_STUDENT", "0542", 7, 23, "fr:NATIVE en:C1 es:B2"],
  ["Théo", "Moreau", "M", "FR", "F PARIS001", "HE_RECENT_GRADUATE", "0311", 7, 24, "fr:NATIVE en:C1 de:B1"],
  ["Inès", "Benali", "F", "FR", "F PARIS001", "HE_STUDENT", "0414", 6, 21, "fr:NATIVE en:B2 ar:B1 es:B1", { fewer: true }],
  // Université Grenoble Alpes
  ["Hugo", "Girard", "M", "FR", "F GRENOBL55", "HE_STUDENT", "0613", 7, 23, "fr:NATIVE en:C1 de:A2"],
  ["Manon", "Rousseau", "F", "FR", "F GRENOBL55", "HE_STUDENT", "0714", 6, 21, "fr:NATIVE en:B2 es:B1"],
  ["Léa", "Fontaine", "F", "FR", "F GRENOBL55", "HE_STAFF", "0541", 8, 44, "fr:NATIVE en:C1 it:B1"],
  // Universiteit van Amsterdam
  ["Sanne", "de Vries", "F", "NL", "NL AMSTERD01", "HE_STUDENT", "0542", 7, 23, "nl:NATIVE en:C2 de:B2"],
  ["Daan", "Bakker", "M", "NL", "NL AMSTERD01", "HE_RECENT_GRADUATE", "0414", 6, 23, "nl:NATIVE en:C1 es:B1"],
  ["Noor", "Hendriks", "F", "NL", "NL AMSTERD01", "HE_STUDENT", "0211", 6, 21, "nl:NATIVE en:C1 fr:A2"],
  // TU Delft
  ["Bram", "van der Linden", "M", "NL", "NL DELFT01", "HE_STUDENT", "0714", 7, 24, "nl:NATIVE en:C1 de:B2"],
  ["Femke", "Jansen", "F", "NL", "NL DELFT01", "HE_STUDENT", "0731", 7, 23, "nl:NATIVE en:C1 da:A2"],
  ["Ruben", "Visser", "M", "NL", "NL DELFT01", "HE_RECENT_GRADUATE", "0613", 7, 25, "nl:NATIVE en:C2"],
  // Københavns Universitet
  ["Søren", "Kjærgaard", "M", "DK", "DK KOBENHA01", "HE_STUDENT", "0613", 7, 24, "da:NATIVE en:C1 de:B2"],
  ["Freja", "Østergaard", "F", "DK", "DK KOBENHA01", "HE_RECENT_GRADUATE", "0542", 7, 25, "da:NATIVE en:C1 es:B1"],
  ["Mads", "Sørensen", "M", "DK", "DK KOBENHA01", "HE_STUDENT", "0414", 6, 22, "da:NATIVE en:C1 fr:A2"],
  // Aarhus Universitet
  ["Ida", "Mølgaard", "F", "DK", "DK AARHUS01", "HE_STUDENT", "0714", 7, 24, "da:NATIVE en:C1 de:B1"],
  ["Emil", "Nørgaard", "M", "DK", "DK AARHUS01", "HE_STUDENT", "0612", 6, 22, "da:NATIVE en:B2 nl:A2"],
  // Uniwersytet Warszawski
  ["Zofia", "Wiśniewska", "F", "PL", "PL WARSZAW01", "HE_STUDENT", "0542", 7, 23, "pl:NATIVE en:C1 de:B1"],
  ["Jakub", "Kowalczyk", "M", "PL", "PL WARSZAW01", "HE_RECENT_GRADUATE", "0613", 7, 24, "pl:NATIVE en:C1 es:A2"],
  ["Małgorzata", "Dąbrowska", "F", "PL", "PL WARSZAW01", "ADULT_EDUCATION_STAFF", "0611", 7, 47, "pl:NATIVE en:B2"],
  // Sapienza
  ["Francesca", "Esposito", "F", "IT", "I ROMA01", "HE_STUDENT", "0413", 7, 24, "it:NATIVE en:B2 es:B2"],
  ["Lorenzo", "Ricci", "M", "IT", "I ROMA01", "HE_RECENT_GRADUATE", "0613", 6, 24, "it:NATIVE en:C1 fr:B1"],
  ["Chiara", "Bianchi", "F", "IT", "I ROMA01", "SCHOOL_STAFF", "0114", 7, 39, "it:NATIVE en:B2"],
  // Universidade de Lisboa
  ["João", "Silva Ferreira", "M", "PT", "P LISBOA109", "HE_STUDENT", "0613", 6, 22, "pt:NATIVE en:C1 es:B2"],
  ["Inês", "Carvalho", "F", "PT", "P LISBOA109", "HE_STUDENT", "0732", 7, 24, "pt:NATIVE en:B2 fr:B1"],
  ["Tiago", "Sousa", "M", "PT", "P LISBOA109", "VET_LEARNER", "0612", 5, 20, "pt:NATIVE en:B1 es:B1"],
  // Universität Wien
  ["Katharina", "Gruber", "F", "AT", "A WIEN01", "HE_STUDENT", "0542", 7, 24, "de:NATIVE en:C1 fr:B2"],
  ["Lukas", "Hofer", "M", "AT", "A WIEN01", "HE_RECENT_GRADUATE", "0613", 7, 25, "de:NATIVE en:C1"],
  // Helsingin yliopisto
  ["Aino", "Virtanen", "F", "FI", "SF HELSINK01", "HE_STUDENT", "0613", 7, 24, "fi:NATIVE sv:B2 en:C1"],
  ["Eetu", "Mäkinen", "M", "FI", "SF HELSINK01", "HE_STUDENT", "0542", 6, 22, "fi:NATIVE en:C1 de:A2"],
  // Ankara Üniversitesi
  ["Elif", "Şahin", "F", "TR", "TR ANKARA01", "HE_STUDENT", "0613", 6, 22, "tr:NATIVE en:B2 de:A2"],
  ["Emre", "Çelik", "M", "TR", "TR ANKARA01", "HE_RECENT_GRADUATE", "0612", 6, 23, "tr:NATIVE en:C1"],
  ["Zeynep", "Aydın", "F", "TR", "TR ANKARA01", "VET_RECENT_GRADUATE", "0611", 5, 21, "tr:NATIVE en:B1", { fewer: true }],
  // Trinity College Dublin
  ["Aoife", "Ní Bhriain", "F", "IE", "IRL DUBLIN01", "HE_STUDENT", "0613", 7, 23, "en:NATIVE ga:B2 fr:B1"],
  ["Cian", "O'Sullivan", "M", "IE", "IRL DUBLIN01", "HE_RECENT_GRADUATE", "0542", 7, 24, "en:NATIVE es:B1"],
  ["Siobhán", "Murphy", "F", "IE", "IRL DUBLIN01", "HE_STUDENT", "0414", 6, 21, "en:NATIVE fr:B2 de:A2"],
  ["Alex", "Ó Briain", "X", "IE", "IRL DUBLIN01", "HE_STUDENT", "0688", 7, 24, "en:NATIVE de:B2"],
];

const GENDER = { F: "female", M: "male", X: "undefined" } as const;

function parseLanguages(spec: string): (readonly [string, CefrLevel])[] {
  return spec.split(" ").map((pair) => {
    const [language, level] = pair.split(":");
    if (!language || !level) throw new Error(`Seed data: bad language spec "${pair}"`);
    return [language, level as CefrLevel] as const;
  });
}

// docs/domain.md §3a: participants of the other formats, sent by the VET provider, the school and
// the adult-education centre (data/institutions.ts SENDING_ORGANISATIONS) and by HEIs (staff
// training, short-term traineeships). They take part only in data/scenarios.ts FORMAT_SCENARIOS,
// never in the seeded KA131 long-term applications.
const FORMAT_ROWS: readonly Row[] = [
  // Berufskolleg Rheinaue, Duisburg (VET provider): teachers, learners, a recent graduate.
  ["Jens", "Hartmann", "M", "DE", "BK RHEINAUE", "VET_STAFF", "0613", 6, 46, "de:NATIVE en:B2 nl:A2"],
  ["Claudia", "Wendt", "F", "DE", "BK RHEINAUE", "VET_STAFF", "0611", 6, 52, "de:NATIVE en:C1"],
  ["Sarah", "Vogt", "F", "DE", "BK RHEINAUE", "VET_STAFF", "0714", 6, 38, "de:NATIVE en:B2 fr:B1"],
  ["Leon", "Schulte", "M", "DE", "BK RHEINAUE", "VET_LEARNER", "0613", 4, 19, "de:NATIVE en:B1"],
  ["Mia", "Krämer", "F", "DE", "BK RHEINAUE", "VET_LEARNER", "0611", 4, 18, "de:NATIVE en:B1 cs:A1"],
  ["Paul", "Neumann", "M", "DE", "BK RHEINAUE", "VET_LEARNER", "0714", 4, 19, "de:NATIVE en:A2"],
  ["Deniz", "Yıldırım", "M", "DE", "BK RHEINAUE", "VET_RECENT_GRADUATE", "0612", 4, 20, "de:NATIVE tr:C1 en:B2"],
  // IIS Luigi Galvani, Bologna (school): teachers.
  ["Alessandra", "Gallo", "F", "IT", "IIS GALVANI", "SCHOOL_STAFF", "0114", 7, 44, "it:NATIVE en:B2 es:B1"],
  ["Marco", "Ferri", "M", "IT", "IIS GALVANI", "SCHOOL_STAFF", "0114", 7, 39, "it:NATIVE en:C1"],
  ["Elena", "Moretti", "F", "IT", "IIS GALVANI", "SCHOOL_STAFF", "0114", 7, 51, "it:NATIVE en:B2 pt:A2"],
  // Tampereen seudun aikuisopisto (adult education): staff.
  ["Tuula", "Koskinen", "F", "FI", "TAMPERE AIKUISOPISTO", "ADULT_EDUCATION_STAFF", "0611", 7, 55, "fi:NATIVE en:C1 et:B1"],
  ["Ville", "Heikkinen", "M", "FI", "TAMPERE AIKUISOPISTO", "ADULT_EDUCATION_STAFF", "0613", 7, 43, "fi:NATIVE sv:B2 en:C1"],
  // Higher-education staff (HE-STT) of existing HEIs.
  ["Katrien", "Van Acker", "F", "BE", "B GENT01", "HE_STAFF", "0613", 8, 42, "nl:NATIVE en:C1 fr:B2"],
  ["Ulrike", "Sommer", "F", "DE", "D BERLIN01", "HE_STAFF", "0612", 7, 48, "de:NATIVE en:C1 da:A2"],
  ["Rui", "Pereira", "M", "PT", "P LISBOA109", "HE_STAFF", "0613", 8, 45, "pt:NATIVE en:C1 it:B1"],
  // Students on short-term (blended) traineeships: bachelor (EQF 6), master (7), one doctoral (8).
  ["Nina", "Verstraete", "F", "BE", "B GENT01", "HE_STUDENT", "0613", 6, 21, "nl:NATIVE en:C1 fr:B2"],
  ["Milan", "Coppens", "M", "BE", "B GENT01", "HE_STUDENT", "0612", 7, 23, "nl:NATIVE en:C1 fi:A1"],
  ["Laura", "Gómez Vidal", "F", "ES", "E MADRID03", "HE_STUDENT", "0613", 8, 28, "es:NATIVE en:C1 de:B2"],
  ["Piotr", "Zieliński", "M", "PL", "PL WARSZAW01", "HE_STUDENT", "0613", 7, 23, "pl:NATIVE en:C1 hu:A1"],
  ["Astrid", "Lauridsen", "F", "DK", "DK AARHUS01", "HE_STUDENT", "0542", 6, 22, "da:NATIVE en:C1 ro:A1"],
];

function toPerson([firstName, lastName, g, nationality, institution, category, field, eqf, age, languages, extra]: Row): PersonSeed {
  return {
    key: asciiSlug(`${firstName} ${lastName}`),
    firstName,
    lastName,
    gender: GENDER[g],
    nationality,
    institution,
    category,
    field,
    eqf,
    age,
    languages: parseLanguages(languages),
    previousMonths: extra?.prev,
    fewerOpportunities: extra?.fewer,
  };
}

export const PEOPLE: readonly PersonSeed[] = ROWS.map(toPerson);
export const FORMAT_PEOPLE: readonly PersonSeed[] = FORMAT_ROWS.map(toPerson);
