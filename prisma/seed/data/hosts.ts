// Receiving organisations: mostly SMEs, a few large companies, NGOs, a research institute, a public
// body, a HEI — plus the two kinds domain.md §3 never allows (an EU agency, a National Agency), KA107
// hosts (CH, UA, GE) and one outside every programme (US), so refusals have something to refuse.
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
];

export function hostById(id: string): HostSeed {
  const found = HOSTS.find((h) => h.id === id);
  if (!found) throw new Error(`Seed data: unknown host ${id}`);
  return found;
}
