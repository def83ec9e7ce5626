// Receiving organisations: mostly SMEs, a few large companies, NGOs, a research institute, a public
// body, a HEI — plus the two kinds docs/domain.md §3 never allows (an EU agency, a National Agency), KA107
// hosts (CH, UA, GE) and one outside every programme (US), so refusals have something to refuse.
// host-048 onwards: SMEs across the rest of the EU (PL IT PT SE CZ GR HU RO FI, the Baltics, SK SI
// HR BG CY), so offers come in every portal language and from more than 30 countries.
// Names and identifiers are invented; PIC/OID/VAT only have the right shapes.
import type { HostType } from "@/generated/prisma/enums";
import type { EcosystemId } from "./ecosystems";

export interface HostSeed {
  readonly id: string;
  readonly legalName: string;
  readonly type: HostType;
  readonly country: string;
  readonly city: string;
  readonly address: string;
  readonly website: string;
  readonly description: string;
  readonly belowTwoFifty: boolean;
  readonly naceSection: string;
  readonly ecosystem: EcosystemId | null;
  readonly pic: string | null;
  readonly oid: string | null;
  readonly vat: string | null;
  readonly verified: boolean;
  /** A COMPANY user for the host (mail under the reserved .example TLD). */
  readonly contact?: { readonly name: string; readonly email: string };
}

export const HOSTS: readonly HostSeed[] = [
  {
    id: "host-001", legalName: "Kanaal Software B.V.", type: "COMPANY", country: "NL", city: "Rotterdam",
    address: "Wijnhaven 71, 3011 WK Rotterdam", website: "https://www.kanaalsoftware.nl",
    description: "Independent software studio (38 people) building web and mobile applications for port, logistics and public-sector clients in the Netherlands and Flanders.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "893451276", oid: "E10312458", vat: "NL862415739B01", verified: true,
    // The demo company account (company@demo.dot-portal.eu) belongs here; see demo-accounts.ts.
  },
  {
    id: "host-002", legalName: "Polderdata Analytics B.V.", type: "COMPANY", country: "NL", city: "Utrecht",
    address: "Catharijnesingel 53, 3511 GC Utrecht", website: "https://www.polderdata.nl",
    description: "Data and business-intelligence consultancy helping Dutch housing corporations and municipalities turn their data into decisions.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "891274630", oid: "E10298311", vat: "NL859301744B01", verified: true,
    contact: { name: "Eline Mulder", email: "eline.mulder@polderdata.example" },
  },
  {
    id: "host-003", legalName: "Groenhaven Logistiek B.V.", type: "COMPANY", country: "NL", city: "Venlo",
    address: "Celsiusweg 18, 5928 PR Venlo", website: "https://www.groenhaven-logistiek.nl",
    description: "E-commerce fulfilment centre for garden and home brands, shipping to the Benelux and Germany.",
    belowTwoFifty: false, naceSection: "H", ecosystem: "retail", pic: "906114382", oid: "E10340127", vat: "NL853920116B01", verified: false,
  },
  {
    id: "host-004", legalName: "Studio Meridiaan BV", type: "COMPANY", country: "BE", city: "Antwerpen",
    address: "Kattendijkdok-Westkaai 14, 2000 Antwerpen", website: "https://www.studiomeridiaan.be",
    description: "Architecture and engineering office working fully in BIM on housing, schools and harbour buildings.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "construction", pic: "898273019", oid: "E10287664", vat: "BE0724581930", verified: true,
    contact: { name: "Annelies Verbruggen", email: "annelies.verbruggen@studiomeridiaan.example" },
  },
  {
    id: "host-005", legalName: "CyberSentinel SRL", type: "COMPANY", country: "BE", city: "Liège",
    address: "Rue Léon Frédéricq 12, 4020 Liège", website: "https://www.cybersentinel.be",
    description: "Managed security provider running a 24/7 security operations centre for Belgian SMEs and hospitals.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "902557184", oid: "E10331095", vat: "BE0698214377", verified: false,
  },
  {
    id: "host-006", legalName: "Digitaal Samen vzw", type: "NGO", country: "BE", city: "Brussel",
    address: "Koolmijnenkaai 30, 1080 Brussel", website: "https://www.digitaalsamen.be",
    description: "Non-profit organisation working on digital inclusion: computer classes, a refurbished-laptop programme and open-source tools for community centres.",
    belowTwoFifty: true, naceSection: "S", ecosystem: "proximity-social-economy", pic: "905318820", oid: "E10316543", vat: "BE0811374026", verified: true,
  },
  {
    id: "host-007", legalName: "European Education and Culture Executive Agency (EACEA)", type: "EU_INSTITUTION", country: "BE", city: "Bruxelles",
    address: "Boulevard Simon Bolivar 34, 1000 Bruxelles", website: "https://www.eacea.ec.europa.eu",
    description: "EU executive agency managing programmes in education, culture and audiovisual on behalf of the European Commission.",
    belowTwoFifty: false, naceSection: "O", ecosystem: null, pic: null, oid: null, vat: null, verified: false,
  },
  {
    id: "host-008", legalName: "Nordlys Digital ApS", type: "COMPANY", country: "DK", city: "København",
    address: "Njalsgade 21G, 2300 København S", website: "https://www.nordlysdigital.dk",
    description: "Digital product agency building web shops, apps and data platforms for Danish retail and public clients.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "894406129", oid: "E10301772", vat: "DK38561024", verified: true,
    contact: { name: "Mette Lauridsen", email: "mette.lauridsen@nordlysdigital.example" },
  },
  {
    id: "host-009", legalName: "Havblik Robotics ApS", type: "COMPANY", country: "DK", city: "Odense",
    address: "Forskerparken 10, 5230 Odense M", website: "https://www.havblik-robotics.dk",
    description: "Start-up in Odense's robotics cluster developing collaborative robot cells for food packaging.",
    belowTwoFifty: true, naceSection: "C", ecosystem: "electronics", pic: "901662853", oid: "E10322906", vat: "DK40117385", verified: false,
  },
  {
    id: "host-010", legalName: "Fjordlager A/S", type: "COMPANY", country: "DK", city: "Aarhus",
    address: "Bautavej 3, 8210 Aarhus V", website: "https://www.fjordlager.dk",
    description: "Online retailer of outdoor and sports equipment with its own warehouse and customer service in Aarhus.",
    belowTwoFifty: false, naceSection: "G", ecosystem: "retail", pic: "897730415", oid: "E10293850", vat: "DK29384756", verified: false,
  },
  {
    id: "host-011", legalName: "Kystmedia ApS", type: "COMPANY", country: "DK", city: "Aalborg",
    address: "Strandvejen 6, 9000 Aalborg", website: "https://www.kystmedia.dk",
    description: "Small creative agency for tourism and culture clients in North Jutland: branding, web and social media.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "cultural-creative", pic: "903945127", oid: "E10335218", vat: "DK41925730", verified: false,
  },
  {
    id: "host-012", legalName: "Spreeware GmbH", type: "COMPANY", country: "DE", city: "Berlin",
    address: "Köpenicker Straße 126, 10179 Berlin", website: "https://www.spreeware.de",
    description: "Berlin software company (60 people) building B2B SaaS for property management and the public sector.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "890127743", oid: "E10277405", vat: "DE318274605", verified: true,
    // The second demo company account (company2@demo.dot-portal.eu) belongs here.
  },
  {
    id: "host-013", legalName: "Isartal Automation GmbH", type: "COMPANY", country: "DE", city: "München",
    address: "Landsberger Straße 302, 80687 München", website: "https://www.isartal-automation.de",
    description: "Supplier of automation and vision systems for automotive assembly lines, 900 employees in Bavaria and Upper Austria.",
    belowTwoFifty: false, naceSection: "C", ecosystem: "mobility-transport-automotive", pic: "896603271", oid: "E10284119", vat: "DE129845372", verified: true,
  },
  {
    id: "host-014", legalName: "Rheinwerk Datenlabor GmbH", type: "COMPANY", country: "DE", city: "Köln",
    address: "Im Mediapark 8, 50670 Köln", website: "https://www.rheinwerk-datenlabor.de",
    description: "Data engineering and analytics consultancy for media companies and energy suppliers in North Rhine-Westphalia.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "904471960", oid: "E10327781", vat: "DE327410958", verified: false,
  },
  {
    id: "host-015", legalName: "Sächsisches Institut für Datenwissenschaft e.V.", type: "RESEARCH", country: "DE", city: "Leipzig",
    address: "Goerdelerring 9, 04109 Leipzig", website: "https://www.sidw-leipzig.de",
    description: "Non-profit applied research institute for data science, semantic technologies and trustworthy AI.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "digital", pic: "899512648", oid: "E10296027", vat: "DE141785390", verified: true,
  },
  {
    id: "host-016", legalName: "Alpenblick Hotels GmbH", type: "COMPANY", country: "AT", city: "Innsbruck",
    address: "Maria-Theresien-Straße 31, 6020 Innsbruck", website: "https://www.alpenblick-hotels.at",
    description: "Family-run group of three city and mountain hotels in Tyrol.",
    belowTwoFifty: true, naceSection: "I", ecosystem: "tourism", pic: "902038754", oid: "E10318860", vat: "ATU65830147", verified: false,
  },
  {
    id: "host-017", legalName: "Planungsbüro Donau ZT GmbH", type: "COMPANY", country: "AT", city: "Wien",
    address: "Lassallestraße 7a, 1020 Wien", website: "https://www.donau-planung.at",
    description: "Civil engineering and architecture office planning residential and infrastructure projects with BIM.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "construction", pic: "895830217", oid: "E10289543", vat: "ATU71298453", verified: true,
  },
  {
    id: "host-018", legalName: "Atelier Numérique Lumière SAS", type: "COMPANY", country: "FR", city: "Lyon",
    address: "12 Quai Perrache, 69002 Lyon", website: "https://www.atelier-lumiere.fr",
    description: "Studio numérique lyonnais : sites, applications et identités visuelles pour la culture et le tourisme.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "cultural-creative", pic: "897124560", oid: "E10291177", vat: "FR42851236974", verified: true,
    contact: { name: "Margaux Chevalier", email: "margaux.chevalier@atelier-lumiere.example" },
  },
  {
    id: "host-019", legalName: "Sécurité Océane SAS", type: "COMPANY", country: "FR", city: "Rennes",
    address: "2 Rue de la Châtaigneraie, 35510 Cesson-Sévigné", website: "https://www.securite-oceane.fr",
    description: "PME bretonne spécialisée en audits de sécurité, tests d'intrusion et réponse aux incidents.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "903312895", oid: "E10333042", vat: "FR17839412560", verified: false,
  },
  {
    id: "host-020", legalName: "Ville de Nantes — Direction du Numérique", type: "PUBLIC_BODY", country: "FR", city: "Nantes",
    address: "2 Rue de l'Hôtel de Ville, 44000 Nantes", website: "https://www.nantes.fr",
    description: "Service numérique de la Ville de Nantes : systèmes d'information, services en ligne et données ouvertes.",
    belowTwoFifty: false, naceSection: "O", ecosystem: "proximity-social-economy", pic: "949310552", oid: "E10251860", vat: null, verified: true,
  },
  {
    id: "host-021", legalName: "Logistique Provence SARL", type: "COMPANY", country: "FR", city: "Marseille",
    address: "45 Avenue du Cap Pinède, 13015 Marseille", website: "https://www.logistique-provence.fr",
    description: "Entrepôt logistique et préparation de commandes pour des marques de cosmétiques et d'épicerie fine.",
    belowTwoFifty: true, naceSection: "H", ecosystem: "mobility-transport-automotive", pic: "906802143", oid: "E10341655", vat: "FR63812907345", verified: false,
  },
  {
    id: "host-022", legalName: "Datos del Sur S.L.", type: "COMPANY", country: "ES", city: "Sevilla",
    address: "Calle Leonardo da Vinci 18, 41092 Sevilla", website: "https://www.datosdelsur.es",
    description: "Empresa sevillana de software y analítica de datos para el sector agroalimentario y la administración pública.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "898660432", oid: "E10294412", vat: "ESB90318427", verified: true,
    contact: { name: "Rocío Domínguez", email: "rocio.dominguez@datosdelsur.example" },
  },
  {
    id: "host-023", legalName: "Marea Digital Marketing S.L.", type: "COMPANY", country: "ES", city: "València",
    address: "Carrer de Colón 60, 46004 València", website: "https://www.mareadigital.es",
    description: "Agencia de marketing digital: SEO, campañas de pago, redes sociales y diseño web para pymes.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "cultural-creative", pic: "904120768", oid: "E10325509", vat: "ESB98654120", verified: false,
  },
  {
    id: "host-024", legalName: "Robótica Ibérica S.A.", type: "COMPANY", country: "ES", city: "Barcelona",
    address: "Carrer de la Ciutat de Granada 150, 08018 Barcelona", website: "https://www.roboticaiberica.es",
    description: "Fabricante de robots móviles autónomos para hospitales y almacenes, con 480 empleados.",
    belowTwoFifty: false, naceSection: "C", ecosystem: "electronics", pic: "896215509", oid: "E10282674", vat: "ESA65912384", verified: true,
  },
  {
    id: "host-025", legalName: "Hostal Sol y Mar S.L.", type: "COMPANY", country: "ES", city: "Málaga",
    address: "Paseo Marítimo Pablo Ruiz Picasso 12, 29016 Málaga", website: "https://www.hostalsolymar.es",
    description: "Hotel familiar de 40 habitaciones frente a la playa de la Malagueta.",
    belowTwoFifty: true, naceSection: "I", ecosystem: "tourism", pic: "907455318", oid: "E10344280", vat: "ESB93407215", verified: false,
  },
  {
    id: "host-026", legalName: "Liffey Cloud Solutions Ltd", type: "COMPANY", country: "IE", city: "Dublin",
    address: "2 Hanover Quay, Grand Canal Dock, Dublin 2, D02 XE80", website: "https://www.liffeycloud.ie",
    description: "Cloud consultancy migrating Irish SMEs and charities to AWS and Azure, 45 engineers.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "892048815", oid: "E10280331", vat: "IE3412765KH", verified: true,
    contact: { name: "Niamh Gallagher", email: "niamh.gallagher@liffeycloud.example" },
  },
  {
    id: "host-027", legalName: "Connacht Health Data CLG", type: "NGO", country: "IE", city: "Galway",
    address: "Nuns Island, Galway, H91 TK33", website: "https://www.connachthealthdata.ie",
    description: "Charity supporting patient organisations and rural GP practices with health data and digital tools.",
    belowTwoFifty: true, naceSection: "Q", ecosystem: "health", pic: "905627718", oid: "E10319402", vat: null, verified: false,
  },
  {
    id: "host-028", legalName: "Valletta GameWorks Ltd", type: "COMPANY", country: "MT", city: "St Julian's",
    address: "Triq San Ġorġ, St Julian's STJ 3202", website: "https://www.vallettagameworks.com.mt",
    description: "Independent game studio making mobile puzzle games, 25 people from 11 countries.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "cultural-creative", pic: "900733126", oid: "E10312087", vat: "MT24817356", verified: false,
  },
  {
    id: "host-029", legalName: "Wisła Software Sp. z o.o.", type: "COMPANY", country: "PL", city: "Kraków",
    address: "ul. Kamieńskiego 47, 30-644 Kraków", website: "https://www.wislasoftware.pl",
    description: "Kraków software house (120 developers) building fintech and logistics platforms for clients across the EU.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "893870254", oid: "E10286619", vat: "PL6793184520", verified: true,
    contact: { name: "Agnieszka Zielińska", email: "agnieszka.zielinska@wislasoftware.example" },
  },
  {
    id: "host-030", legalName: "Instituto Politécnico de Leiria", type: "HEI", country: "PT", city: "Leiria",
    address: "Rua General Norton de Matos, Apartado 4133, 2411-901 Leiria", website: "https://www.ipleiria.pt",
    description: "Public polytechnic whose IT services and digital-learning unit host trainees every year.",
    belowTwoFifty: false, naceSection: "P", ecosystem: null, pic: "999843425", oid: "E10208620", vat: "PT506971244", verified: true,
  },
  {
    id: "host-031", legalName: "Revontuli Analytics Oy", type: "COMPANY", country: "FI", city: "Tampere",
    address: "Hatanpään valtatie 24, 33100 Tampere", website: "https://www.revontuli-analytics.fi",
    description: "Analytics and machine-learning company forecasting demand for Nordic retailers and energy utilities.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "901238847", oid: "E10320715", vat: "FI28473619", verified: true,
  },
  {
    id: "host-032", legalName: "Kustlinjen Energi AB", type: "COMPANY", country: "SE", city: "Göteborg",
    address: "Lindholmspiren 5, 417 56 Göteborg", website: "https://www.kustlinjenenergi.se",
    description: "Operator of offshore and onshore wind parks on the Swedish west coast, 600 employees.",
    belowTwoFifty: false, naceSection: "D", ecosystem: "energy-renewables", pic: "897561203", oid: "E10292248", vat: "SE556812374901", verified: false,
  },
  {
    id: "host-033", legalName: "Officina Digitale Torino S.r.l.", type: "COMPANY", country: "IT", city: "Torino",
    address: "Via Nizza 230, 10126 Torino", website: "https://www.officinadigitaletorino.it",
    description: "Software and computer-vision studio working for Piedmont's manufacturing and automotive suppliers.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "902671539", oid: "E10324463", vat: "IT11834520017", verified: false,
  },
  {
    id: "host-034", legalName: "Nationale Agentur Bildung für Europa beim BIBB", type: "NATIONAL_AGENCY", country: "DE", city: "Bonn",
    address: "Robert-Schuman-Platz 3, 53175 Bonn", website: "https://www.na-bibb.de",
    description: "German National Agency for Erasmus+ in vocational education and training and adult education.",
    belowTwoFifty: false, naceSection: "O", ecosystem: null, pic: null, oid: null, vat: null, verified: false,
  },
  {
    id: "host-035", legalName: "Limmat Robotics AG", type: "COMPANY", country: "CH", city: "Zürich",
    address: "Hardturmstrasse 161, 8005 Zürich", website: "https://www.limmat-robotics.ch",
    description: "ETH spin-off building inspection robots and perception software for industrial plants.",
    belowTwoFifty: true, naceSection: "C", ecosystem: "electronics", pic: "899084312", oid: "E10297553", vat: "CHE-312.458.796", verified: true,
    contact: { name: "Reto Brunner", email: "reto.brunner@limmat-robotics.example" },
  },
  {
    id: "host-036", legalName: "Léman Data Sàrl", type: "COMPANY", country: "CH", city: "Lausanne",
    address: "Avenue de Sévelin 46, 1004 Lausanne", website: "https://www.lemandata.ch",
    description: "Petite entreprise lausannoise de science des données et d'IA pour la santé et l'horlogerie.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "904896023", oid: "E10330164", vat: "CHE-415.927.308", verified: false,
  },
  {
    id: "host-037", legalName: "Lviv Code Studio LLC", type: "COMPANY", country: "UA", city: "Lviv",
    address: "vul. Horodotska 174, 79022 Lviv", website: "https://www.lvivcode.com.ua",
    description: "Outsourcing software company (80 engineers) building web platforms and QA automation for EU clients.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "900417266", oid: "E10310928", vat: null, verified: true,
  },
  {
    id: "host-038", legalName: "Tbilisi Tech Hub LLC", type: "COMPANY", country: "GE", city: "Tbilisi",
    address: "12 Merab Kostava St, 0108 Tbilisi", website: "https://www.tbilisitechhub.ge",
    description: "Cloud and DevOps services company working for fintech start-ups in the Caucasus and the EU.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "905980471", oid: "E10337706", vat: null, verified: false,
  },
  {
    id: "host-039", legalName: "Bayside Apps Inc.", type: "COMPANY", country: "US", city: "San Francisco",
    address: "535 Mission St, San Francisco, CA 94105", website: "https://www.baysideapps.com",
    description: "Mobile app studio building consumer apps for health and fitness brands.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: null, oid: null, vat: null, verified: false,
  },
  {
    id: "host-040", legalName: "Boğaziçi Yazılım A.Ş.", type: "COMPANY", country: "TR", city: "İstanbul",
    address: "Maslak Mah. Büyükdere Cad. No 255, 34398 Sarıyer/İstanbul", website: "https://www.bogaziciyazilim.com.tr",
    description: "Istanbul software company building e-commerce and payment platforms, 150 employees.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "896884021", oid: "E10285930", vat: "TR4830172659", verified: false,
  },
  {
    id: "host-041", legalName: "Fjellvind Teknologi AS", type: "COMPANY", country: "NO", city: "Bergen",
    address: "Thormøhlens gate 51, 5006 Bergen", website: "https://www.fjellvind.no",
    description: "Engineering and software company monitoring wind turbines and hydro plants with sensors and drones.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "energy-renewables", pic: "903577790", oid: "E10334871", vat: "NO918273645MVA", verified: false,
  },
  {
    id: "host-042", legalName: "Moselle Fintech S.à r.l.", type: "COMPANY", country: "LU", city: "Luxembourg",
    address: "9 Rue du Laboratoire, 1911 Luxembourg", website: "https://www.mosellefintech.lu",
    description: "Regulated payment-services start-up building a card and open-banking platform for European SMEs.",
    belowTwoFifty: true, naceSection: "K", ecosystem: "digital", pic: "906245380", oid: "E10339417", vat: "LU31847265", verified: true,
  },
  {
    id: "host-043", legalName: "Aegean Smart Tourism IKE", type: "COMPANY", country: "GR", city: "Thessaloniki",
    address: "Leoforos Nikis 35, 546 22 Thessaloniki", website: "https://www.aegeansmarttourism.gr",
    description: "Travel-tech company running booking websites and apps for independent hotels in northern Greece.",
    belowTwoFifty: true, naceSection: "N", ecosystem: "tourism", pic: "907102884", oid: "E10342553", vat: "EL801536247", verified: false,
  },
  {
    id: "host-044", legalName: "Brabant Vision Robotics B.V.", type: "COMPANY", country: "NL", city: "Eindhoven",
    address: "High Tech Campus 27, 5656 AE Eindhoven", website: "https://www.brabantvision.nl",
    description: "High-tech SME building machine-vision and pick-and-place robots for greenhouses and food processing.",
    belowTwoFifty: true, naceSection: "C", ecosystem: "electronics", pic: "899736615", oid: "E10299845", vat: "NL864120587B01", verified: true,
  },
  {
    id: "host-045", legalName: "Sundhedsdata Nord ApS", type: "COMPANY", country: "DK", city: "Aarhus",
    address: "Finlandsgade 22, 8200 Aarhus N", website: "https://www.sundhedsdatanord.dk",
    description: "Health-tech company building data platforms and apps for Danish municipalities and hospitals.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "health", pic: "902914476", oid: "E10326038", vat: "DK39671204", verified: true,
  },
  {
    id: "host-046", legalName: "Fundación Código Social", type: "NGO", country: "ES", city: "Madrid",
    address: "Calle de Embajadores 52, 28012 Madrid", website: "https://www.codigosocial.org",
    description: "Fundación que desarrolla software libre y forma en competencias digitales a personas en riesgo de exclusión.",
    belowTwoFifty: true, naceSection: "S", ecosystem: "proximity-social-economy", pic: "905044719", oid: "E10314877", vat: "ESG87413092", verified: true,
  },
  {
    id: "host-047", legalName: "Norte Ingeniería BIM S.L.", type: "COMPANY", country: "ES", city: "Bilbao",
    address: "Alameda de Mazarredo 47, 48009 Bilbao", website: "https://www.norteingenieriabim.es",
    description: "Ingeniería vasca de estructuras e instalaciones que trabaja íntegramente en BIM.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "construction", pic: "898402376", oid: "E10290785", vat: "ESB95873124", verified: false,
  },
  {
    id: "host-048", legalName: "Bałtyk Media Sp. z o.o.", type: "COMPANY", country: "PL", city: "Gdańsk",
    address: "ul. Grunwaldzka 472, 80-309 Gdańsk", website: "https://www.baltykmedia.pl",
    description: "Agencja marketingu internetowego z Trójmiasta: kampanie Google i Meta, SEO i sklepy internetowe dla pomorskich firm.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "cultural-creative", pic: "891563047", oid: "E10346112", vat: "PL5842791036", verified: true,
  },
  {
    id: "host-049", legalName: "Odra Automatyka Sp. z o.o.", type: "COMPANY", country: "PL", city: "Wrocław",
    address: "ul. Legnicka 55F, 54-203 Wrocław", website: "https://www.odra-automatyka.pl",
    description: "Integrator of robot cells and machine-vision inspection for household-appliance and automotive plants in Lower Silesia.",
    belowTwoFifty: true, naceSection: "C", ecosystem: "electronics", pic: "894720581", oid: "E10347286", vat: "PL8971953204", verified: false,
  },
  {
    id: "host-050", legalName: "Navigli Digital S.r.l.", type: "COMPANY", country: "IT", city: "Milano",
    address: "Via Tortona 31, 20144 Milano", website: "https://www.naviglidigital.it",
    description: "Agenzia digitale milanese: e-commerce, campagne social e contenuti per marchi della moda e del design.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "cultural-creative", pic: "897302618", oid: "E10348451", vat: "IT09817350963", verified: true,
    contact: { name: "Chiara Galli", email: "chiara.galli@naviglidigital.example" },
  },
  {
    id: "host-051", legalName: "Studio Portici Ingegneria S.r.l.", type: "COMPANY", country: "IT", city: "Bologna",
    address: "Via dell'Indipendenza 67, 40121 Bologna", website: "https://www.studioportici.it",
    description: "Società di ingegneria che progetta in BIM scuole, ospedali e il recupero di edifici storici in Emilia-Romagna.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "construction", pic: "900581436", oid: "E10349027", vat: "IT03628411207", verified: false,
  },
  {
    id: "host-052", legalName: "Albergo Lungarno S.r.l.", type: "COMPANY", country: "IT", city: "Firenze",
    address: "Lungarno Amerigo Vespucci 44, 50123 Firenze", website: "https://www.albergolungarno.it",
    description: "Four-star family hotel with 60 rooms on the Arno, run by the same family since 1962.",
    belowTwoFifty: true, naceSection: "I", ecosystem: "tourism", pic: "903847120", oid: "E10350194", vat: "IT05471860483", verified: false,
  },
  {
    id: "host-053", legalName: "Tejo Software, Lda.", type: "COMPANY", country: "PT", city: "Lisboa",
    address: "Avenida Infante Dom Henrique 333, 1800-282 Lisboa", website: "https://www.tejosoftware.pt",
    description: "Software house lisboeta (70 pessoas) que desenvolve plataformas web e móveis para seguradoras e para o setor público.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "892640375", oid: "E10351368", vat: "PT514382096", verified: true,
    contact: { name: "Inês Carvalho", email: "ines.carvalho@tejosoftware.example" },
  },
  {
    id: "host-054", legalName: "Douro Analytics, Lda.", type: "COMPANY", country: "PT", city: "Porto",
    address: "Rua do Campo Alegre 1021, 4150-180 Porto", website: "https://www.douroanalytics.pt",
    description: "Data-analytics consultancy for wine producers, retailers and logistics companies in northern Portugal.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "agri-food", pic: "905713482", oid: "E10352540", vat: "PT515904273", verified: false,
  },
  {
    id: "host-055", legalName: "Söderkod AB", type: "COMPANY", country: "SE", city: "Stockholm",
    address: "Götgatan 78, 118 30 Stockholm", website: "https://www.soderkod.se",
    description: "Stockholm product studio (45 people) building web and mobile services for Swedish regions, healthcare and fintech.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "898105634", oid: "E10353719", vat: "SE559241836701", verified: true,
  },
  {
    id: "host-056", legalName: "Öresund Spelstudio AB", type: "COMPANY", country: "SE", city: "Malmö",
    address: "Stora Varvsgatan 6A, 211 19 Malmö", website: "https://www.oresundspel.se",
    description: "Independent game studio in Malmö's Western Harbour making console and PC games, 30 developers.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "cultural-creative", pic: "901384726", oid: "E10354883", vat: "SE559013472801", verified: false,
  },
  {
    id: "host-057", legalName: "Vltava Software s.r.o.", type: "COMPANY", country: "CZ", city: "Praha",
    address: "Karolinská 650/1, 186 00 Praha 8", website: "https://www.vltavasoftware.cz",
    description: "Pražská softwarová firma vyvíjející webové aplikace a interní systémy pro banky a energetiku, 90 zaměstnanců.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "895264170", oid: "E10356021", vat: "CZ06827314", verified: true,
    contact: { name: "Tereza Novotná", email: "tereza.novotna@vltavasoftware.example" },
  },
  {
    id: "host-058", legalName: "Špilberk Security s.r.o.", type: "COMPANY", country: "CZ", city: "Brno",
    address: "Purkyňova 649/127, 612 00 Brno", website: "https://www.spilberk-security.cz",
    description: "Brno cybersecurity company doing penetration tests and running a security operations centre for Czech municipalities and manufacturers.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "902457813", oid: "E10357194", vat: "CZ08541726", verified: false,
  },
  {
    id: "host-059", legalName: "Attiki Digital Solutions IKE", type: "COMPANY", country: "GR", city: "Athina",
    address: "Leoforos Kifisias 280, 152 32 Chalandri", website: "https://www.attikidigital.gr",
    description: "Athens software and data company building e-government and e-health platforms, 55 employees.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "896503271", oid: "E10358362", vat: "EL802914635", verified: true,
  },
  {
    id: "host-060", legalName: "Minoa Resorts A.E.", type: "COMPANY", country: "GR", city: "Chania",
    address: "Odos Akti Kountourioti 12, 731 32 Chania", website: "https://www.minoaresorts.gr",
    description: "Group of two seaside hotels in western Crete, open from April to October.",
    belowTwoFifty: false, naceSection: "I", ecosystem: "tourism", pic: "907628345", oid: "E10359530", vat: "EL094517382", verified: false,
  },
  {
    id: "host-061", legalName: "Dunapart Szoftverház Kft.", type: "COMPANY", country: "HU", city: "Budapest",
    address: "Váci út 76, 1133 Budapest", website: "https://www.dunapart.hu",
    description: "Budapesti szoftverfejlesztő cég: webes és mobilalkalmazások logisztikai és kereskedelmi ügyfeleknek, 65 fővel.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "893916402", oid: "E10360715", vat: "HU26418937", verified: true,
  },
  {
    id: "host-062", legalName: "Cívis Adatlabor Kft.", type: "COMPANY", country: "HU", city: "Debrecen",
    address: "Piac utca 45, 4025 Debrecen", website: "https://www.civisadatlabor.hu",
    description: "Small data-science company in Debrecen analysing production data for the region's automotive and pharmaceutical plants.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "mobility-transport-automotive", pic: "904382516", oid: "E10361884", vat: "HU28730564", verified: false,
  },
  {
    id: "host-063", legalName: "Someș Software SRL", type: "COMPANY", country: "RO", city: "Cluj-Napoca",
    address: "Strada Dorobanților 14, 400117 Cluj-Napoca", website: "https://www.somessoftware.ro",
    description: "Cluj software company (110 engineers) building cloud products and QA automation for clients in Germany and the Nordics.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "899430267", oid: "E10363052", vat: "RO35817426", verified: true,
    contact: { name: "Andreea Pop", email: "andreea.pop@somessoftware.example" },
  },
  {
    id: "host-064", legalName: "Carpați Digital SRL", type: "COMPANY", country: "RO", city: "București",
    address: "Bulevardul Dimitrie Pompeiu 9-9A, 020335 București", website: "https://www.carpatidigital.ro",
    description: "Agenție de marketing digital din București: campanii de performanță, SEO și magazine online pentru retaileri români.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "retail", pic: "906170348", oid: "E10364227", vat: "RO41093582", verified: false,
  },
  {
    id: "host-065", legalName: "Kalliokoodi Oy", type: "COMPANY", country: "FI", city: "Helsinki",
    address: "Hämeentie 19, 00500 Helsinki", website: "https://www.kalliokoodi.fi",
    description: "Helsinkiläinen ohjelmistotalo, joka rakentaa verkkopalveluita kunnille, hyvinvointialueille ja mediataloille.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "892786015", oid: "E10365396", vat: "FI31264875", verified: true,
  },
  {
    id: "host-066", legalName: "Pohjoistuuli Embedded Oy", type: "COMPANY", country: "FI", city: "Oulu",
    address: "Elektroniikkatie 8, 90590 Oulu", website: "https://www.pohjoistuuli.fi",
    description: "Oulu embedded-software and electronics SME designing sensor devices and 5G test equipment.",
    belowTwoFifty: true, naceSection: "C", ecosystem: "electronics", pic: "905839124", oid: "E10366561", vat: "FI29570318", verified: false,
  },
  {
    id: "host-067", legalName: "Toompea Tarkvara OÜ", type: "COMPANY", country: "EE", city: "Tallinn",
    address: "Telliskivi 60a, 10412 Tallinn", website: "https://www.toompea.ee",
    description: "Tallinn software company building digital-identity and e-services integrations for public and private clients.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "897914203", oid: "E10367735", vat: "EE102418573", verified: true,
  },
  {
    id: "host-068", legalName: "Daugava Data SIA", type: "COMPANY", country: "LV", city: "Rīga",
    address: "Krišjāņa Valdemāra iela 21, Rīga, LV-1010", website: "https://www.daugavadata.lv",
    description: "Riga analytics company building forecasting and reporting tools for Baltic retail chains and ports.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "retail", pic: "900642718", oid: "E10368904", vat: "LV40203185627", verified: false,
  },
  {
    id: "host-069", legalName: "Neris Fintech UAB", type: "COMPANY", country: "LT", city: "Vilnius",
    address: "Konstitucijos pr. 21A, LT-08130 Vilnius", website: "https://www.nerisfintech.lt",
    description: "Licensed electronic-money institution in Vilnius building payment and compliance software, 140 employees.",
    belowTwoFifty: true, naceSection: "K", ecosystem: "digital", pic: "903205476", oid: "E10370072", vat: "LT100012847215", verified: true,
  },
  {
    id: "host-070", legalName: "Dunaj Systems s.r.o.", type: "COMPANY", country: "SK", city: "Bratislava",
    address: "Einsteinova 25, 851 01 Bratislava", website: "https://www.dunajsystems.sk",
    description: "Bratislava IT company running cloud infrastructure and network operations for Slovak retailers and hospitals.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "895037842", oid: "E10371249", vat: "SK2122487561", verified: false,
  },
  {
    id: "host-071", legalName: "Ljubljanica Digital d.o.o.", type: "COMPANY", country: "SI", city: "Ljubljana",
    address: "Tehnološki park 21, 1000 Ljubljana", website: "https://www.ljubljanica-digital.si",
    description: "UX and web studio in Ljubljana's technology park designing apps for tourism, culture and outdoor brands.",
    belowTwoFifty: true, naceSection: "M", ecosystem: "cultural-creative", pic: "901856320", oid: "E10372418", vat: "SI74120583", verified: true,
  },
  {
    id: "host-072", legalName: "Jadran Robotika d.o.o.", type: "COMPANY", country: "HR", city: "Split",
    address: "Ruđera Boškovića 32, 21000 Split", website: "https://www.jadranrobotika.hr",
    description: "Split start-up building underwater drones and computer-vision software for fish farms and port inspections.",
    belowTwoFifty: true, naceSection: "C", ecosystem: "electronics", pic: "906384157", oid: "E10373586", vat: "HR48217390561", verified: false,
  },
  {
    id: "host-073", legalName: "Vitosha Soft EOOD", type: "COMPANY", country: "BG", city: "Sofia",
    address: "bul. Tsarigradsko shose 115G, 1784 Sofia", website: "https://www.vitoshasoft.bg",
    description: "Sofia software company (85 engineers) building logistics and healthcare platforms for clients in the EU.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "digital", pic: "898571302", oid: "E10374751", vat: "BG205384127", verified: true,
  },
  {
    id: "host-074", legalName: "Amathus Marine Analytics Ltd", type: "COMPANY", country: "CY", city: "Limassol",
    address: "28 Oktovriou 237, 3035 Limassol", website: "https://www.amathusmarine.com.cy",
    description: "Limassol maritime-tech company analysing vessel and fuel data for ship-management firms.",
    belowTwoFifty: true, naceSection: "J", ecosystem: "mobility-transport-automotive", pic: "904718263", oid: "E10375920", vat: "CY10384527K", verified: false,
  },
];

export function hostById(id: string): HostSeed {
  const found = HOSTS.find((h) => h.id === id);
  if (!found) throw new Error(`Seed data: unknown host ${id}`);
  return found;
}
