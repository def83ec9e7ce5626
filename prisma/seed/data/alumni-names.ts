// Names for the former trainees of plan/historic.ts, per sending country, with accents intact as
// the Beneficiary Module reports them; `language` is what they speak natively.
export interface NamePool {
  readonly language: string;
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

export const NAMES_BY_COUNTRY: Readonly<Record<string, NamePool>> = {
  BE: {
    language: "nl",
    female: ["Ines", "Noor", "Febe", "Marie", "Jana", "Lore", "Hélène", "Anaïs"],
    male: ["Wannes", "Seppe", "Matthias", "Jens", "Bram", "Rémi", "Théo", "Lander"],
    last: ["De Clercq", "Vandamme", "Claeys", "Verstraete", "Dubois", "Lejeune", "Van Acker", "Mertens", "D'Hondt", "Noël"],
  },
  DE: {
    language: "de",
    female: ["Hannah", "Lea", "Jülide", "Katharina", "Miriam", "Johanna", "Clara", "Ronja"],
    male: ["Lukas", "Felix", "Jörg", "Paul", "Moritz", "Niklas", "Tobias", "Björn"],
    last: ["Schneider", "Fischer", "Weiß", "Köhler", "Hoffmann", "Schröder", "Wagner", "Günther", "Öztürk", "Becker"],
  },
  ES: {
    language: "es",
    female: ["Lucía", "María José", "Nerea", "Ainhoa", "Inés", "Paula", "Begoña", "Elena"],
    male: ["Álvaro", "Íñigo", "Javier", "Sergio", "Adrián", "Jesús", "Pau", "Rubén"],
    last: ["García Núñez", "Fernández", "López Ibáñez", "Martín", "Sánchez", "Jiménez", "Muñoz", "Peña", "Castaño", "Ortiz"],
  },
  FR: {
    language: "fr",
    female: ["Léa", "Camille", "Zoé", "Manon", "Océane", "Maëlle", "Inès", "Émilie"],
    male: ["Hugo", "Théo", "Loïc", "Mathéo", "Jérôme", "Baptiste", "Noé", "Gaël"],
    last: ["Lefèvre", "Moreau", "Girard", "Rousseau", "Bérenger", "Fontaine", "Chevalier", "Lemaître", "Faure", "Renaud"],
  },
  NL: {
    language: "nl",
    female: ["Sanne", "Fleur", "Iris", "Noor", "Femke", "Lieke", "Anouk", "Maud"],
    male: ["Daan", "Joris", "Thijs", "Sem", "Ruben", "Stijn", "Bas", "Gijs"],
    last: ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "de Boer", "Mulder", "van 't Hof", "Smits", "Kok"],
  },
  DK: {
    language: "da",
    female: ["Freja", "Ida", "Signe", "Astrid", "Mathilde", "Sofie", "Karoline", "Maja"],
    male: ["Mikkel", "Rasmus", "Søren", "Asger", "Frederik", "Magnus", "Emil", "Jonas"],
    last: ["Jensen", "Nielsen", "Sørensen", "Kjær", "Madsen", "Østergaard", "Lund", "Mølgaard", "Andersen", "Bæk"],
  },
  PL: {
    language: "pl",
    female: ["Zofia", "Małgorzata", "Agnieszka", "Joanna", "Aleksandra", "Łucja", "Natalia", "Weronika"],
    male: ["Jakub", "Paweł", "Michał", "Łukasz", "Mateusz", "Krzysztof", "Bartosz", "Wojciech"],
    last: ["Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska", "Dąbrowski", "Kozłowska", "Jankowski"],
  },
  IT: {
    language: "it",
    female: ["Chiara", "Francesca", "Sofia", "Martina", "Aurora", "Benedetta", "Noemi", "Alessia"],
    male: ["Niccolò", "Lorenzo", "Matteo", "Andrea", "Gabriele", "Tommaso", "Davide", "Mattia"],
    last: ["Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "De Luca", "Esposito", "Fabbri", "Conti"],
  },
  PT: {
    language: "pt",
    female: ["Beatriz", "Inês", "Leonor", "Mariana", "Matilde", "Carolina", "Joana", "Constança"],
    male: ["João", "Tomás", "Gonçalo", "Rodrigo", "Duarte", "Afonso", "Martim", "Simão"],
    last: ["Silva", "Gonçalves", "Conceição", "Magalhães", "Ferreira", "Sousa", "Araújo", "Carvalho", "Brandão", "Simões"],
  },
  AT: {
    language: "de",
    female: ["Anna", "Theresa", "Valentina", "Magdalena", "Lena", "Sophie", "Verena", "Julia"],
    male: ["Florian", "Maximilian", "Stefan", "Elias", "Jakob", "Dominik", "Raphael", "Lorenz"],
    last: ["Gruber", "Huber", "Steiner", "Moser", "Hofer", "Leitner", "Pöll", "Wimmer", "Egger", "Brandstätter"],
  },
  FI: {
    language: "fi",
    female: ["Aino", "Ella", "Venla", "Siiri", "Iida", "Helmi", "Emmi", "Sanni"],
    male: ["Eetu", "Juho", "Väinö", "Onni", "Aleksi", "Lauri", "Joonas", "Ilmari"],
    last: ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Järvinen", "Heikkinen", "Lehtonen", "Kärkkäinen", "Salo"],
  },
  TR: {
    language: "tr",
    female: ["Elif", "Zeynep", "Büşra", "Ebru", "Gülşen", "İrem", "Şeyma", "Derya"],
    male: ["Emre", "Burak", "Çağlar", "Oğuz", "Mert", "İlker", "Barış", "Serkan"],
    last: ["Yıldız", "Şahin", "Çelik", "Aydın", "Öztürk", "Doğan", "Kılıç", "Arslan", "Koç", "Güneş"],
  },
  IE: {
    language: "en",
    female: ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Saoirse", "Róisín", "Clodagh", "Orla"],
    male: ["Seán", "Cian", "Oisín", "Darragh", "Eoin", "Pádraig", "Ciarán", "Tadhg"],
    last: ["Ó Briain", "Murphy", "Kelly", "O'Sullivan", "Walsh", "Ní Bhriain", "Byrne", "Ó Conaill", "McCarthy", "Doyle"],
  },
};
