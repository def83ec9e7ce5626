// French. Accents are folded (développement = developpement); elided articles are literal ("d'intrusion").
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

export const fr: Lexicon = {
  language: "fr",
  categories: {
    "digital-marketing": {
      terms: [
        "gestion ... réseaux sociaux", "animation ... réseaux sociaux", "référencement", "marketing en ligne",
        "publicité en ligne", "publicité sur ... réseaux sociaux", "campagne* ... en ligne|digitale*|google|emailing|e-mailing|réseaux sociaux",
        "stratégie digitale", "stratégie social media", "lettre* d'information", "e-réputation",
        "création de contenu* ... réseaux|web|digital*|instagram|linkedin", "statistiques de fréquentation",
      ],
      combos: [
        {
          tools: [...SOCIAL_PLATFORMS, "réseaux sociaux"],
          actions: [
            "gestion", "gérer", "anim*", "publication*", "contenu*", "campagne*", "stratégie*",
            "community", "abonnés", "visibilité", "publier", "posts",
          ],
        },
      ],
    },
    "digital-design": {
      terms: [
        "conception graphique", "design graphique", "graphisme", "maquette* ... interface*|figma|site*|application*|web",
        "illustration* numérique*", "modélisation 3d", "modélisation en 3d", "dessin assisté par ordinateur",
        "conception assistée par ordinateur", "dao", "cao", "création* ... visuel*|logo*|illustration*|maquette*",
        "interface* utilisateur ... conception|design", "conception ... interface*", "webdesign",
      ],
    },
    "software-development": {
      terms: [
        "programmation", "développeur*", "développeuse*",
        "développ* ... application*|site*|logiciel*|fonctionnalité*|api|script*|module*|web|plugin*|outil*",
        "intégration* ... api|apis", "création ... script*", "tests unitaires", "code source",
        "écrire du code", "programmer ... application*|script*",
      ],
    },
    "it-systems": {
      terms: [
        "parc informatique", "comptes utilisateurs", "administrat* système*", "administrat* réseau*",
        "maintenance informatique", "support informatique", "incidents informatiques", "postes de travail", "infrastructure informatique",
        "administration ... serveur*|réseau*|système*", "supervision ... serveur*|réseau*|système*|infrastructure*",
        "migration ... cloud|infrastructure*|serveur*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "serveurs", "serveur", "réseau", "réseaux", "postes de travail", "systèmes"],
          actions: [
            "install*", "configur*", "maintenance", "mainten*", "administr*", "gestion", "gérer",
            "supervis*", "déploi*", "déploy*", "migrat*", "mise en place", "sauvegarde*",
          ],
        },
        { tools: BUSINESS_SYSTEMS, actions: ["paramétr*", "configur*", "déploi*", "intégr*"], window: 4 },
      ],
      exceptions: ["réseau* sociaux", "réseau* de partenaires", "réseau* professionnel*", "serveur* en salle"],
    },
    cybersecurity: {
      terms: [
        "test* d'intrusion", "audit* de sécurité", "vulnérabilité*", "sécurité informatique",
        "sécurité des systèmes d'information", "alertes de sécurité", "réponse aux incidents",
        "incident* de sécurité", "sécurité des réseaux", "hameçonnage", "gestion des accès",
      ],
    },
    "data-analytics": {
      terms: [
        "analys* ... données", "tableau* de bord", "traitement statistique", "analyse statistique",
        "visualisation ... données|résultats", "nettoyage des données", "exploration de données",
        "fouille de données", "science des données", "données ... analys*", "statistique* ... données",
        "modélisation des données", "tableaux croisés dynamiques",
      ],
      exceptions: ["analys* ... données clients ... saisie"],
    },
    "robotics-ai": {
      terms: [
        "apprentissage automatique", "apprentissage profond", "intelligence artificielle",
        "vision par ordinateur", "entraînement ... modèle*|algorithme*", "réseau* de neurones",
        "robot* industriel*", "robot* collaboratif*", "reconnaissance d'images",
      ],
    },
    "customer-support": {
      terms: [
        "service client*", "relation client*", "accueil", "accueill*", "réclamation*",
        "répond* ... téléphone|appel*|e-mail*|mail*|client*", "réponse* ... e-mail*|mails|appels|clients",
        "standard téléphonique", "hotline", "service après-vente", "sav", "clientèle",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "téléphone", "téléphonique"], actions: ["répond*", "réponse*", "traitement", "trait*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "préparation ... commandes", "emballage", "expédition* ... colis|commande*|produits", "colis",
        "entrepôt", "logistique ... commandes", "conditionnement",
      ],
    },
    "data-entry-office": {
      terms: [
        "saisie", "classement ... dossier*|document*|archiv*|courrier*", "tâches administratives",
        "travaux administratifs", "travail administratif", "secrétariat", "gestion de l'agenda",
        "agenda", "tri du courrier", "gestion du courrier", "courrier entrant", "prise de rendez-vous",
        "facturation", "photocopi*", "mise à jour ... fichier*_client*|base*_de_données",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["saisi*", "enregistr*", "mise à jour"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, "ordinateur", "tableur*"],
          actions: [
            "utilis*", "rédig*", "rédaction", "prépar*", "préparation", "création", "créer",
            "mise* à jour", "mettre à jour", "saisi*", "tableau*", "document*", "courrier*",
            "présentation*", "mise en forme",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "mail|mails", "courriel*"], actions: ["envoy*", "envoi", "rédig*", "écrire"], window: 3 },
      ],
    },
  },
  negationsBefore: ["aucun*", "sans", "pas de", "pas d'", "n'est pas", "ne sont pas", "jamais", "non"],
  negationsAfter: [
    "pas requis*", "non requis*", "pas nécessaire*", "n'est pas requis*", "n'est pas nécessaire",
    "n'est pas exigé*", "pas exigé*", "non exigé*",
  ],
  notNegations: ["non seulement", "pas seulement", "pas uniquement", "non-gouvernement*", "non gouvernement*", "sans but lucratif", "non lucratif"],
};
