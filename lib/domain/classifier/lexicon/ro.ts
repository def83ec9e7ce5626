// Romanian. Folding maps ă/â→a, î→i, ș/ş→s, ț/ţ→t. Definite articles stick to the noun
// (datele, datelor, rețelele): write stems with "*". "programare" is also "scheduling"
// (programarea întâlnirilor): see the exceptions.
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

const NETWORK = "retea|reteaua|retele|retelei|retelelor|retelele";
const DATA = "date|datele|datelor";

export const ro: Lexicon = {
  language: "ro",
  categories: {
    "digital-marketing": {
      terms: [
        "retel* sociale",
        "marketing online",
        "*promovare online*",
        "promovar* ... online|retel*|social*",
        "campani* ... online|digital*|social*|google*|facebook*|instagram*|publicitar*",
        "*continut* ... social*|online|digital*",
      ],
      combos: [
        { tools: SOCIAL_PLATFORMS, actions: ["gestion*", "administr*", "campani*", "postar*", "continut*", "publica*", "strategi*", "promov*", "reclam*"] },
      ],
    },
    "digital-design": {
      terms: [
        "design grafic",
        "grafica digitala",
        "proiectare grafic*",
        "modelare 3d",
        "model* 3d",
        "design* ... interfet*|interfat*|logo*|banner*|site*|aplicati*",
        "desen* tehnic* ... cad|autocad*|solidworks*|revit*",
        "ilustrati* digital*",
        "randar* 3d",
        "*grafician*",
      ],
    },
    "software-development": {
      terms: [
        "*programare*",
        "programator*",
        "dezvoltar* ... aplicati*|software|web|site*|functionalit*|api*|script*|modul*|pagini",
        "dezvolt* ... aplicati*|software|site*|functionalit*|api*|script*|modul*|pagini_web",
        "dezvoltator* ... software|web|front*|back*|aplicati*",
        "scrier* ... cod*",
        "cod* sursa",
        "testar* automat*",
      ],
      exceptions: ["programar* ... intalnir*|sedint*|intalniri*|vizit*|program*|curs*|interviu*|programari*", "programari*"],
    },
    "it-systems": {
      terms: ["cont* de utilizator*", `administrar* ... server*|sistem*|infrastructur*|${NETWORK}`, "administrator* de sistem*|retea", "suport it"],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "server*", "servere*", NETWORK, "calculatoar*", "imprimant*"],
          actions: ["instal*", "configur*", "administr*", "intretin*", "mentenant*", "monitoriz*", "actualiz*", "depanar*"],
        },
      ],
      exceptions: ["retel* sociale", "administr* ... retel* sociale", "retele neuronale", "retea de parteneri", "retea* de distributie"],
    },
    cybersecurity: {
      terms: [
        "securitat* cibernetic*",
        "securitat* informatic*",
        "securitat* informatiei",
        "*vulnerabilit*",
        "test* de penetrare",
        "incident* de securitate",
        "audit* de securitate",
      ],
    },
    "data-analytics": {
      terms: [
        `analiz* ... ${DATA}|statistic*`,
        "analiz* statistic*",
        `vizualizar* ... ${DATA}|rezultat*`,
        "raport* ... power bi|dashboard*",
        "tablou* de bord",
      ],
    },
    "robotics-ai": {
      terms: [
        "inteligent* artificial*",
        "invatar* automat*",
        "viziune artificiala",
        "vedere artificiala",
        "retele neuronale",
        "antren* ... model*",
        "model* de limbaj",
      ],
    },
    "customer-support": {
      terms: [
        "relati* cu client*",
        "servici* clien*",
        "suport client*|clienti",
        "asistent* client*|clienti",
        "*reclamati*",
        "receptie",
        "la receptie",
        "*receptioner*",
        "*receptionist*",
        "preluar* ... apel*",
        "raspun* ... apel*|intrebari*|solicitari*|client*|telefon*",
        "call center",
        "callcenter",
        "primi* ... vizitator*|oaspet*|client*",
        "*vanzator*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["raspun*", "gestion*", "prelu*"], window: 5 }],
      exceptions: ["recepti* marf*"],
    },
    "order-fulfilment": {
      terms: [
        "depozit*",
        "*ambalare*",
        "ambala* ... comenzi|colete|produse",
        "pregatir* ... comenzi|comenzilor|colete",
        "colete*",
        "*expedier*",
        "inventar*",
        "recepti* marf*",
      ],
    },
    "data-entry-office": {
      terms: [
        `introducer* ... ${DATA}|facturi*|comenzi*`,
        `introduce* ... ${DATA}|facturi*|comenzi*`,
        "*arhivar*",
        "arhiva",
        "sarcini administrative",
        "activitati administrative",
        "munca de birou",
        "*secretariat*",
        "gestion* ... documente*|corespondent*",
        "programar* ... intalnir*|sedint*",
        "proces* verbal*",
        "evident* ... documente*|facturi*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["introduc*", "actualiz*", "inregistr*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, "calculator*"],
          actions: [
            "utiliz*",
            "folos*",
            "redact*",
            "pregati*",
            "actualiz*",
            "documente*",
            "prezentar*",
            "tabel*",
            "liste",
            "scrisor*",
            "introduc*",
            "creare",
            "crea*",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "email*"], actions: ["trimit*", "trimite*", "redact*", "scri*"], window: 3 },
      ],
    },
  },
  // Cues apply to every text: no bare "nu" (Dutch and Danish "now"); the usual verb phrases.
  negationsBefore: ["nu este", "nu sunt", "nu se", "nu implica", "nu include", "nu presupune", "nu veti", "nu vei", "nu aveti", "fara", "niciun*", "nicio"],
  negationsAfter: ["nu este necesar*", "nu sunt necesar*", "nu se cer*", "nu este obligatori*"],
  notNegations: ["nu doar", "nu numai", "fara scop lucrativ", "fara scop patrimonial"],
};
