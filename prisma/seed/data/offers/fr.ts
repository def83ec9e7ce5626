import type { OfferText } from "./types";

// French offers: hosts in France, Wallonia, Luxembourg and Lausanne.
export const FR_OFFERS: readonly OfferText[] = [
  {
    key: "fr-01", language: "fr", kind: "dot",
    title: "Stage Développeur Web (PHP/Symfony)",
    description:
      "Chez {host} à {city}, vous rejoignez une équipe de développement qui conçoit des applications web pour nos " +
      "clients. Un développeur senior vous accompagne tout au long du stage.",
    tasks: [
      "Développer de nouvelles fonctionnalités en PHP avec Symfony",
      "Programmer des interfaces en JavaScript (Vue.js)",
      "Écrire des tests unitaires et corriger des bugs",
      "Participer aux revues de code et aux cérémonies agiles",
    ],
    skills: ["PHP ou JavaScript", "HTML et CSS", "Git", "Bases de données SQL"],
    categories: ["software-development"],
    languages: [["fr", "B2"]],
    hosts: ["host-018", "host-020", "host-042"],
    months: [4, 6],
  },
  {
    key: "fr-02", language: "fr", kind: "dot",
    title: "Stage Analyste de données (Python, Power BI)",
    description:
      "{host} cherche un·e stagiaire pour valoriser ses données à {city}. Vous travaillerez avec les équipes métier " +
      "sur des analyses qui servent vraiment.",
    tasks: [
      "Nettoyer et analyser des données avec Python et SQL",
      "Concevoir des tableaux de bord dans Power BI",
      "Réaliser des analyses statistiques et présenter les résultats",
      "Automatiser des rapports mensuels",
    ],
    skills: ["Python", "SQL", "Power BI ou Tableau", "Statistiques"],
    categories: ["data-analytics"],
    languages: [["fr", "B2"]],
    hosts: ["host-036", "host-020", "host-042"],
    months: [4, 6],
  },
  {
    key: "fr-03", language: "fr", kind: "dot",
    title: "Stage Cybersécurité – Analyste SOC",
    description:
      "Au sein du centre opérationnel de sécurité de {host} à {city}, vous apprenez à détecter et traiter les " +
      "incidents de sécurité avec nos analystes.",
    tasks: [
      "Surveiller les alertes de sécurité dans le SIEM",
      "Participer à la réponse aux incidents",
      "Réaliser des scans de vulnérabilités et des tests d'intrusion",
      "Rédiger des rapports d'audit de sécurité",
    ],
    skills: ["Réseaux et systèmes", "Intérêt pour la cybersécurité", "Python ou Bash"],
    categories: ["cybersecurity"],
    languages: [["fr", "B2"], ["en", "B1"]],
    hosts: ["host-019", "host-005", "host-042"],
    months: [4, 6],
  },
  {
    key: "fr-04", language: "fr", kind: "dot",
    title: "Stage UX/UI Designer (Figma)",
    description:
      "Chez {host} à {city}, vous concevez des interfaces claires et accessibles, en lien direct avec les " +
      "utilisateurs et les développeurs.",
    tasks: [
      "Concevoir des maquettes et des prototypes interactifs sous Figma",
      "Animer des tests utilisateurs",
      "Faire évoluer notre design system",
      "Créer des illustrations et des icônes",
    ],
    skills: ["Figma", "Portfolio", "Notions d'accessibilité numérique"],
    categories: ["digital-design"],
    languages: [["fr", "B2"]],
    hosts: ["host-018", "host-020", "host-036"],
    months: [3, 6],
  },
  {
    key: "fr-05", language: "fr", kind: "dot",
    title: "Stage Marketing digital (SEO, réseaux sociaux)",
    description:
      "Vous aimez le web et les réseaux sociaux ? Rejoignez {host} à {city} pour développer notre visibilité en ligne.",
    tasks: [
      "Créer et planifier des contenus pour les réseaux sociaux",
      "Optimiser le référencement naturel (SEO) du site",
      "Gérer des campagnes Google Ads",
      "Rédiger la newsletter et suivre les statistiques dans Google Analytics",
    ],
    skills: ["Réseaux sociaux", "Excellente orthographe", "Canva"],
    categories: ["digital-marketing"],
    languages: [["fr", "C1"]],
    hosts: ["host-018", "host-021", "host-036"],
    months: [3, 6],
  },
  {
    key: "fr-06", language: "fr", kind: "dot",
    title: "Stage Administrateur systèmes et réseaux",
    description:
      "Chez {host} à {city}, vous participez à l'exploitation d'une infrastructure informatique critique, aux côtés " +
      "d'administrateurs expérimentés.",
    tasks: [
      "Administrer des serveurs Linux et Windows",
      "Configurer les équipements réseau (switchs, pare-feu)",
      "Gérer les comptes utilisateurs dans l'Active Directory",
      "Mettre en place la supervision et les sauvegardes",
    ],
    skills: ["Linux ou Windows Server", "Réseaux TCP/IP", "Scripts (Bash ou PowerShell)"],
    categories: ["it-systems"],
    languages: [["fr", "B2"]],
    hosts: ["host-005", "host-020", "host-019"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "fr-07", language: "fr", kind: "dot",
    title: "Stage Intelligence artificielle (traitement du langage)",
    description:
      "{host} développe à {city} des outils d'IA pour analyser des documents. Vous travaillerez sur nos modèles de " +
      "langage, de la donnée à l'évaluation.",
    tasks: [
      "Entraîner et évaluer des modèles d'apprentissage automatique",
      "Préparer et annoter des jeux de données textuelles",
      "Développer des scripts Python pour l'inférence",
      "Présenter les résultats à l'équipe",
    ],
    skills: ["Python", "Apprentissage automatique", "PyTorch ou scikit-learn"],
    categories: ["robotics-ai"],
    languages: [["fr", "B2"], ["en", "B2"]],
    hosts: ["host-036", "host-019", "host-018"],
    months: [5, 6],
  },
  {
    key: "fr-08", language: "fr", kind: "non-dot",
    title: "Stage Préparateur de commandes (logistique)",
    description:
      "Chez {host} à {city}, vous découvrez la logistique d'un entrepôt e-commerce en pleine croissance.",
    tasks: [
      "Préparer et emballer les commandes",
      "Réceptionner les marchandises et les ranger en entrepôt",
      "Préparer les expéditions pour les transporteurs",
      "Participer à l'inventaire",
    ],
    skills: ["Rigueur", "Bonne condition physique"],
    categories: [],
    languages: [["fr", "B1"]],
    hosts: ["host-021"],
    workMode: "ON_SITE",
    months: [2, 3],
  },
  {
    key: "fr-09", language: "fr", kind: "non-dot",
    title: "Stage Accueil et service client",
    description:
      "Vous aimez le contact ? Chez {host} à {city}, vous accueillez et renseignez le public, sur place et à distance.",
    tasks: [
      "Accueillir les visiteurs et répondre au téléphone",
      "Traiter les réclamations des clients par e-mail",
      "Saisir les demandes dans le logiciel de suivi",
      "Gérer le courrier et le classement",
    ],
    skills: ["Sens du contact", "Français courant", "Organisation"],
    categories: ["digital-marketing"],
    languages: [["fr", "C1"]],
    hosts: ["host-020", "host-021", "host-005"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
  {
    key: "fr-10", language: "fr", kind: "mixed",
    title: "Stage Assistant e-commerce et logistique",
    description:
      "Chez {host} à {city}, vous touchez à tout : la boutique en ligne de nos clients, leurs chiffres et l'entrepôt.",
    tasks: [
      "Mettre à jour les fiches produits de la boutique en ligne et optimiser leur référencement",
      "Analyser les ventes et le trafic avec Google Analytics",
      "Préparer et emballer des commandes lors des pics d'activité",
    ],
    skills: ["Intérêt pour l'e-commerce", "Google Analytics (notions)"],
    categories: ["digital-marketing"],
    languages: [["fr", "B2"]],
    hosts: ["host-021"],
    months: [3, 5],
  },
];
