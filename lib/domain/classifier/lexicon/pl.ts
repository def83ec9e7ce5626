// Polish (lighter coverage). Folding maps ł→l and strips the other diacritics.
import type { Lexicon } from "../types";
import { INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS } from "./tools";

export const pl: Lexicon = {
  language: "pl",
  categories: {
    "digital-marketing": {
      terms: ["*mediach społecznościowych*", "*media społecznościowe*", "marketing internetowy", "pozycjonowanie", "kampani* ... online|internetow*|reklamow*"],
    },
    "digital-design": { terms: ["projektowanie graficzne", "projektowanie ... interfejs*", "modelowanie 3d", "grafika komputerowa"] },
    "software-development": {
      terms: ["tworzenie ... aplikacji|oprogramowania|stron*", "rozwój oprogramowania", "programowanie", "programist*"],
    },
    "it-systems": {
      terms: ["administr* ... serwer*|sieci*|system*", "konta użytkowników"],
      combos: [{ tools: [...INFRASTRUCTURE_OBJECTS, "serwer*", "sieci"], actions: ["instal*", "konfigur*", "administr*", "utrzyma*"] }],
    },
    cybersecurity: { terms: ["testy penetracyjne", "bezpieczeństwo informatyczne", "podatności"] },
    "data-analytics": { terms: ["analiz* ... danych", "wizualizacja danych"] },
    "robotics-ai": { terms: ["sztuczn* inteligencj*", "uczenie maszynowe", "uczenia maszynowego", "programowanie robotów"] },
    "customer-support": { terms: ["obsługa klienta", "obsługi klienta", "reklamacj*", "recepcj*"] },
    "order-fulfilment": { terms: ["kompletowanie ... zamówień", "pakowanie", "magazyn*", "wysyłka"] },
    "data-entry-office": { terms: ["wprowadzanie danych", "archiwizacja", "prace biurowe", "zadania administracyjne"] },
    "office-software": {
      combos: [{ tools: [...OFFICE_TOOLS, "komputer*"], actions: ["korzyst*", "używ*", "przygotow*", "tworz*", "aktualiz*"], window: 6 }],
    },
  },
  negationsBefore: ["nie", "bez", "brak"],
  negationsAfter: ["nie jest wymagan*", "nie wymagan*"],
  notNegations: ["nie tylko"],
};
