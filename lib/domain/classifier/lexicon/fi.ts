// Finnish. Folding maps ä→a, ö→o. Case endings and compounds: write stems open at both ends
// ("*ohjelmoin*" matches ohjelmointi, ohjelmointia, robottiohjelmointiin); Finnish puts the object
// (genitive) before the verbal noun, so "sovellu* ... kehit*" and "kehit* ... *sovellu*" both occur.
import type { Lexicon } from "../types";
import {
  BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS,
} from "./tools";

const SOFTWARE_OBJECTS = "*sovellu*|*ohjelmisto*|*verkkosivu*|*verkkopalvelu*|*rajapin*|*toiminnallisuu*|*ominaisuuk*|*skript*|*integraati*|*kotisivu*";

export const fi: Lexicon = {
  language: "fi",
  categories: {
    "digital-marketing": {
      terms: [
        "sosiaali* media*", "*somekanav*", "*somepaivit*", "*somemarkkinoin*", "*digimarkkinoin*",
        "digitaali* markkinoin*", "*hakukoneoptimoin*", "*hakukonemarkkinoin*", "*verkkomarkkinoin*",
        "*mainoskampanj*", "*uutiskirje*", "*verkkomainon*", "*sisallontuotan*", "*markkinointikampanj*",
        "*somesisal*", "*digikampanj*",
      ],
      combos: [
        {
          tools: [...SOCIAL_PLATFORMS.map((p) => (p.includes(" ") ? p : `${p}*`)), "*kanav*"],
          actions: ["*paivit*", "*julkai*", "*sisal*", "*kampanj*", "*mainon*", "*mainok*", "hallinnoi*", "*yllapi*", "*strategi*", "seuraaj*", "*nakyvyy*"],
        },
      ],
    },
    "digital-design": {
      terms: [
        "graafi* suunnit*", "*graafinen suunnittelu*", "*kayttoliittym*", "*3d-mall*", "*cad-piirt*", "*cad-suunnit*",
        "*verkkosivusuunnit*", "*kuvitu*", "*piirustu* ... cad|autocad*|revit*|solidworks*", "*visuaalis* ilme*",
        "suunnit* ... *kayttoliittym*|logo*|*grafiik*|banneri*|*mainosmateriaal*", "*kayttokokemussuunnit*",
        "*tuotemallinn*", "*tietomallinn*",
      ],
    },
    "software-development": {
      terms: [
        "*ohjelmoin*", "ohjelmoi*", "*ohjelmistokehit*", "*sovelluskehit*", "*web-kehit*", "*ohjelmistokehittaj*",
        "*koodau*", "koodaa*", "*lahdekoodi*", "*testiautomaati*", "*koodikatselm*", "*verkkosivujen kehit*",
        `kehit* ... ${SOFTWARE_OBJECTS}`, `${SOFTWARE_OBJECTS} ... kehit*|toteut*|ohjelmoi*`,
      ],
      exceptions: ["*robot* ... *ohjelmo*", "*ohjelmo* ... *robot*", "*robottiohjelmo*"],
    },
    "it-systems": {
      terms: [
        "*kayttajatunnu*", "*kayttajahallin*", "*it-tuki*", "*it-tuen*", "*it-tukea*", "*it-tukeen*",
        "*jarjestelmayllapi*", "*jarjestelmanvalvoj*", "*verkonhallin*", "*palvelinyllapi*", "*palvelinymparist*",
        "*it-infra*", "*lahituki*", "*tyoasemi*", "*pilvipalvelu* ... *yllapi*|*hallin*|kayttoonot*|*siirt*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "*palvelim*", "*lahiverko*", "*tietoverko*", "verkkoj*", "verkon", "verkot", "tietokonei*", "tietokoneet", "tulostim*", "azure*", "*laitteisto*"],
          actions: ["asenn*", "konfiguroi*", "yllapi*", "*yllapito*", "hallin*", "valvo*", "paivit*", "maarit*", "vianetsin*", "vianmaarit*", "kayttoonot*"],
        },
      ],
      exceptions: ["*tietokonenak*"],
    },
    cybersecurity: {
      terms: ["*tietoturva*", "*kyberturva*", "*haavoittuvuu*", "*tunkeutumistestau*", "*tietoturvapoikkeam*", "*tietoturvaloukkau*"],
    },
    "data-analytics": {
      terms: [
        "*datan analy*", "*tietojen analy*", "*aineiston analy*", "*aineistojen analy*", "analysoi* ... *data*|*tietoj*|*aineisto*|tilasto*|*lukuj*",
        "tilastolli* analyy*", "*datan visualisoin*", "visualisoi* ... *data*|*tulok*|*tieto*", "*kojelau*",
        "*raportoin* ... power bi*|*kojelau*", "*tilastoanalyy*",
      ],
    },
    "robotics-ai": {
      terms: [
        "*tekoaly*", "*koneoppi*", "*konenak*", "*robottiohjelmoin*", "*robot* ... *ohjelmo*", "*ohjelmo* ... *robot*",
        "*kielimall*", "*neuroverko*", "*mallien koulut*", "*mallin koulut*", "*tietokonenak*",
      ],
    },
    "customer-support": {
      terms: [
        "*asiakaspalvelu*", "*asiakastuki*", "*asiakastuen*", "*asiakastukea*", "*reklamaat*", "*asiakasvalitu*",
        "*valitusten kasittel*", "*asiakasvastaanot*", "vastaanotossa", "vastaanottoon", "vastaanottovirkailij*",
        "*puhelinvaihde*", "vastaa* ... puheluihin|puhelimeen|asiakkaiden|kysymyksiin|tiedusteluihin",
        "otat vastaan ... vieraita|asiakkaita|vierailijoita|puheluita", "palvel* ... asiakkai*", "asiakkaiden palvel*",
        "*asiakaskontakt*", "*asiakasneuvon*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "puhel*", "sahkopost*"], actions: ["vastaa*", "vastat*", "kasittel*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "*varasto*", "*keraily*", "*tilausten kera*", "*pakkaa*", "*pakkau*", "*lahetysten*", "*tavaran vastaanot*",
        "*tavaravastaanot*", "*inventaari*", "*hyllyty*", "*pakettien*", "*tilausten toimit*",
      ],
      exceptions: ["*tietovarast*", "*pakkaussuunnit*", "*pakkausmuotoil*", "*datavarast*"],
    },
    "data-entry-office": {
      terms: [
        "*tietojen syotta*", "*tiedonsyot*", "syotta* ... *tieto*|laskuj*|tilauksi*|jarjestelmaan|*tiedot", "*arkistoin*",
        "*toimistotyo*", "*toimistotehtav*", "hallinnolli* tehtav*", "*sihteeri*", "*postin kasittel*", "*ajanvarau*",
        "*poytakirj*", "*laskujen kirjaa*", "kirjaa* ... laskuj*|tilauks*|tiedot|jarjestelmaan",
        "paivit* ... asiakastiedo*|asiakasrekister*|tuotetiedo*|hinnasto*", "*kokousjarjestely*", "*matkajarjestely*",
        "*kalenterin* ... paivit*|yllapi*|hallin*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS.map((t) => (t.includes(" ") ? t : `${t}*`)), actions: ["syot*", "kirjaa*", "paivit*", "tallenn*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "tietokone*"],
          actions: ["kayt*", "kirjoit*", "laadi*", "laati*", "paivit*", "valmistel*", "tehda", "esity*", "asiakirj*", "taulukko*", "dokument*", "list*", "syotta*", "syot*"],
          window: 6,
        },
        { tools: ["sahkopost*"], actions: ["lahet*", "kirjoit*"], window: 3 },
      ],
      exceptions: ["*tietokonenak*", "*tietokonetekniik*"],
    },
  },
  // Cues apply to every text: no bare "et" (French "and"); "ei" is also a rare Romanian pronoun.
  negationsBefore: ["ei", "eika", "et tarvitse", "eivat", "ilman"],
  negationsAfter: ["ei vaadita", "ei edellyteta", "ei tarvita", "ei ole tarpeen", "ei ole valttamat*", "eivat ole tarpeen"],
  notNegations: ["ei vain", "ei ainoastaan", "ei pelkastaan", "voittoa tavoittelemat*"],
};
