import type { OfferText } from "./types";

// Greek offers: a software company in Athens, the travel-tech company in Thessaloniki and a hotel
// group in Crete. The city names stay in Latin script as the hosts registered them, so the texts
// mostly leave {city} out.
export const EL_OFFERS: readonly OfferText[] = [
  {
    key: "el-01",
    language: "el",
    kind: "dot",
    title: "Πρακτική άσκηση – Full-Stack Developer (Node.js/React)",
    description:
      "Η {host} αναζητά φοιτητή/φοιτήτρια για πρακτική άσκηση στην ομάδα ανάπτυξης λογισμικού. Θα δουλέψεις " +
      "σε πραγματικά έργα με την καθοδήγηση έμπειρου μέντορα.",
    tasks: [
      "Ανάπτυξη νέων λειτουργιών σε Node.js και React",
      "Σχεδιασμός και υλοποίηση REST API",
      "Συγγραφή unit tests και διόρθωση σφαλμάτων",
      "Συμμετοχή σε code reviews και στις συναντήσεις της ομάδας (Scrum)",
    ],
    skills: ["JavaScript ή TypeScript", "Βάσεις δεδομένων SQL", "Git"],
    categories: ["software-development"],
    languages: [
      ["el", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-059", "host-043"],
    months: [3, 6],
  },
  {
    key: "el-02",
    language: "el",
    kind: "dot",
    title: "Πρακτική άσκηση στο Ψηφιακό Μάρκετινγκ",
    description:
      "Θέλεις να μάθεις πώς ένα ξενοδοχείο γεμίζει μέσα από το διαδίκτυο; Στην {host} θα δουλέψεις με την " +
      "ομάδα μάρκετινγκ στις ψηφιακές καμπάνιες και στα μέσα κοινωνικής δικτύωσης.",
    tasks: [
      "Δημιουργία και προγραμματισμός αναρτήσεων στα μέσα κοινωνικής δικτύωσης",
      "Διαχείριση διαφημιστικών καμπανιών σε Google Ads και Meta",
      "Βελτιστοποίηση του ιστότοπου για τις μηχανές αναζήτησης (SEO)",
      "Ανάλυση αποτελεσμάτων με το Google Analytics και σύνταξη αναφορών",
    ],
    skills: ["Πολύ καλή γνώση ελληνικών και αγγλικών", "Canva ή Photoshop", "Δημιουργικότητα"],
    categories: ["digital-marketing"],
    languages: [
      ["el", "C1"],
      ["en", "B2"],
    ],
    hosts: ["host-043", "host-060"],
    months: [3, 6],
  },
  {
    key: "el-03",
    language: "el",
    kind: "dot",
    title: "Πρακτική άσκηση – Ανάλυση Δεδομένων",
    description:
      "Η {host} αναπτύσσει πλατφόρμες ηλεκτρονικής διακυβέρνησης και υγείας. Η ομάδα δεδομένων μας ψάχνει " +
      "κάποιον που αγαπά τους αριθμούς και θέλει να μάθει από πραγματικά δεδομένα.",
    tasks: [
      "Επεξεργασία και ανάλυση δεδομένων με Python και SQL",
      "Δημιουργία dashboards στο Power BI",
      "Στατιστική ανάλυση και παρουσίαση αποτελεσμάτων",
      "Έλεγχος ποιότητας δεδομένων και τεκμηρίωση",
    ],
    skills: ["Python", "SQL", "Στατιστική"],
    categories: ["data-analytics"],
    languages: [
      ["el", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-059"],
    months: [4, 6],
  },
  {
    key: "el-04",
    language: "el",
    kind: "mixed",
    title: "Πρακτική άσκηση – Ηλεκτρονικές κρατήσεις και εξυπηρέτηση πελατών",
    description: "Στην {host} θα μοιράζεις τον χρόνο σου ανάμεσα στο τμήμα κρατήσεων και στην επικοινωνία με τους " + "επισκέπτες μας.",
    tasks: [
      "Ενημέρωση διαθεσιμότητας και τιμών στο Booking.com και στο σύστημα κρατήσεων",
      "Ενημέρωση της ιστοσελίδας και παρακολούθηση στατιστικών με το Google Analytics",
      "Απάντηση σε ερωτήματα πελατών μέσω τηλεφώνου και email",
      "Εξυπηρέτηση επισκεπτών στην υποδοχή",
    ],
    skills: ["Ελληνικά και αγγλικά", "Ευγένεια", "Εμπειρία στον τουρισμό είναι επιθυμητή"],
    categories: ["digital-marketing"],
    languages: [
      ["el", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-060"],
    months: [3, 5],
  },
  {
    key: "el-05",
    language: "el",
    kind: "non-dot",
    title: "Πρακτική άσκηση στην Υποδοχή Ξενοδοχείου",
    description: "Για τη θερινή σεζόν η {host} αναζητά φοιτητές τουρισμού για πρακτική άσκηση στην υποδοχή. Παρέχεται " + "διαμονή και διατροφή.",
    tasks: [
      "Υποδοχή επισκεπτών, check-in και check-out",
      "Εξυπηρέτηση τηλεφωνικών κλήσεων και αιτημάτων",
      "Παροχή πληροφοριών για την περιοχή",
      "Συνεργασία με το τμήμα ορόφων",
    ],
    skills: ["Ελληνικά και αγγλικά", "Ευγένεια", "Διάθεση για βάρδιες"],
    categories: [],
    languages: [
      ["el", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-060"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
];
