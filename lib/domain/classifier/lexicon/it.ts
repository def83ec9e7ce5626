// Italian (lighter coverage: the frequent phrasings only).
import type { Lexicon } from "../types";
import { INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS } from "./tools";

export const it: Lexicon = {
  language: "it",
  categories: {
    "digital-marketing": {
      terms: ["marketing digitale", "campagne* ... online|digitali|social", "posizionamento", "gestione dei social*"],
      combos: [{ tools: SOCIAL_PLATFORMS, actions: ["gestione", "gestire", "campagn*", "contenut*", "pubblic*", "strategi*"] }],
    },
    "digital-design": {
      terms: ["progettazione grafica", "grafica digitale", "modellazione 3d", "disegno tecnico ... cad", "progettazione ... interfacc*"],
    },
    "software-development": {
      terms: [
        "sviluppo ... applicazion*|software|web|app|siti|sito|api|script*|funzionalità",
        "programmazione",
        "programmatore*",
        "sviluppatore*",
        "scrittura del codice",
      ],
    },
    "it-systems": {
      terms: ["amministrazione ... server|reti|sistem*", "account utente", "sistemista", "infrastruttura it"],
      combos: [
        { tools: [...INFRASTRUCTURE_OBJECTS, "reti", "sistemi"], actions: ["installa*", "configura*", "manutenzione", "gestione", "amministra*", "monitora*"] },
      ],
      exceptions: ["reti sociali"],
    },
    cybersecurity: { terms: ["sicurezza informatica", "vulnerabilità", "test di penetrazione", "incidenti di sicurezza"] },
    "data-analytics": { terms: ["analisi ... dati", "cruscott*", "analisi statistic*", "visualizzazione ... dati"] },
    "robotics-ai": { terms: ["intelligenza artificiale", "apprendimento automatico", "visione artificiale", "addestra* ... modell*"] },
    "customer-support": { terms: ["assistenza clienti", "servizio clienti", "reclam*", "accoglienza", "centralino"] },
    "order-fulfilment": { terms: ["magazzino", "imballaggio", "spedizion* ... pacchi|ordini", "preparazione ordini"] },
    "data-entry-office": { terms: ["inserimento dati", "archiviazione", "compiti amministrativi", "attività amministrative", "segreteria"] },
    "office-software": {
      combos: [
        { tools: [...OFFICE_TOOLS, "computer"], actions: ["utilizz*", "usare", "redig*", "prepar*", "aggiorn*", "document*", "presentazion*"], window: 6 },
      ],
    },
  },
  negationsBefore: ["non", "senza", "nessun*", "mai"],
  negationsAfter: ["non richiest*", "non necessari*"],
  notNegations: ["non solo", "non soltanto", "senza scopo di lucro"],
};
