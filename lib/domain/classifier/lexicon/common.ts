// Language-neutral evidence: product names, acronyms and English loanwords used in every language,
// plus the stems shared by many languages (program*, robot*).
import type { Lexicon } from "../types";
import { ANALYSIS_TOOLS, GRAPHICS_TOOLS, PROGRAMMING_TOOLS, SITE_BUILDERS } from "./tools";

/** Robot programming is robotics (docs/domain.md §1 `robotics-ai`), not general software development. */
const ROBOT_PROGRAMMING = ["program* ... *robot*", "*robot* ... program*", "*robotprogram*", "*roboterprogram*"];

export const common: Lexicon = {
  language: null,
  categories: {
    "digital-marketing": {
      terms: [
        "seo", "ppc", "google ads", "adwords", "meta ads", "facebook ads", "linkedin ads", "tiktok ads",
        "google analytics", "ga4", "google tag manager", "mailchimp", "hubspot", "hootsuite", "semrush",
        "ahrefs", "search console", "e-mail marketing*", "email marketing*", "e-mailmarketing*",
        "emailmarketing*", "e-mailing", "online marketing", "onlinemarketing", "digital marketing",
        "marketing digital*", "content marketing", "influencer*", "community manag*", "newsletter*",
        "social media manag*", "*social-media-kampagne*", "*social-media-marketing*", "growth hacking",
        "affiliate marketing", "a/b test*", "conversion rate*", "paid social", "performance marketing",
        "marketing automation", "webmarketing", "web analytics",
      ],
    },
    "digital-design": {
      terms: [
        // "*" after product names: Finnish, Hungarian, Estonian and Slavic offers inflect them
        // (SolidWorksilla, Figmában, Photoshopis, v AutoCADu).
        "figma*", "adobe xd", "ui/ux", "ux/ui", "ui-design*", "ux-design*", "ux research*", "wireframe*",
        "cad", "autocad*", "solidworks*", "catia*", "autodesk inventor", "fusion 360", "sketchup*", "revit*",
        "bim", "archicad*", "rhino 3d", "rhinoceros", "3ds max", "cinema 4d", "zbrush", "photoshop*",
        "adobe illustrator*", "indesign*", "after effects", "premiere pro", "motion graphics",
        "motion design", "3d-model*", "3d-design*", "3d-render*", "3d-animat*", "2d-animat*",
        "webdesign*", "web design*", "*grafikdesign*", "graphic design*", "infographi*",
      ],
      combos: [
        {
          tools: GRAPHICS_TOOLS,
          actions: [
            "design*", "graphic*", "visual*", "illustrat*", "draw*", "model*", "creat*", "post*",
            "banner*", "logo*", "3d", "ontwerp*", "grafisk*", "grafik*", "gestalt*", "erstell*",
            "conce*", "crea*", "disen*", "lav*", "mak*",
          ],
        },
      ],
    },
    "software-development": {
      terms: [
        "javascript", "typescript", "c#", "c++", "php", "kotlin", "react.js", "reactjs", "react native",
        "vue.js", "vuejs", "node.js", "nodejs", "django", "laravel", "symfony", "spring boot", "asp.net",
        ".net", "html", "css", "vba", "abap", "graphql", "rest-api*", "rest api*", "api rest", "github",
        "gitlab", "ci/cd", "unit-test*", "full-stack", "fullstack", "front-end", "back-end", "devops",
        "swiftui", "android studio", "xcode", "jquery", "next.js", "nextjs", "git",
        "*softwareontwikkel*", "*softwareudvikl*", "*softwareentwickl*", "*webentwickl*", "*webudvikl*",
        "*webontwikkel*", "*website-ontwikkel*", "*appentwickl*", "*appudvikl*", "*appontwikkel*",
      ],
      combos: [
        {
          tools: PROGRAMMING_TOOLS,
          // Not "build": "build dashboards in Python" is analysis (a term covers "build … app").
          actions: [
            "develop*", "program*", "cod*", "implement*", "script*", "skript*", "automat*",
            "debug*", "feature*", "backend", "frontend", "app|apps", "framework*", "web*", "macro*",
            "makro*", "ontwikkel*", "schrijv*", "udvikl*", "entwick*", "developp*",
            "desarroll*", "svilupp*", "sviluppo", "tworz*", "desenvolv*", "creation", "creacion",
          ],
          window: 6,
        },
        {
          tools: SITE_BUILDERS,
          actions: [
            "develop*", "build*", "theme*", "plugin*", "php", "customi*", "custom_theme*|custom_code", "module*", "template*",
            "ontwikkel*", "udvikl*", "entwick*", "developp*", "desarroll*", "svilupp*", "desenvolv*",
          ],
        },
      ],
      exceptions: ROBOT_PROGRAMMING,
    },
    "it-systems": {
      terms: [
        "active directory", "sysadmin", "kubernetes", "docker", "terraform", "ansible", "vmware",
        "hyper-v", "windows server", "intune", "itil", "*netvaerksadministrat*", "*netzwerkadministrat*",
        "*netwerkbeheer*", "*systemadministrat*", "*systeembeheer*", "*brugeradministrat*",
        "*benutzerverwalt*", "*it-infrastru*", "*cloud-infrastru*", "*netzwerkinfrastru*",
        "*netwerkinfrastru*", "*netvaerksinfrastru*", "*serverbeheer*", "*serveradministrat*",
      ],
    },
    cybersecurity: {
      terms: [
        "soc", "siem", "pentest*", "*penetrat*test*", "*cybersec*", "cyber-sec*", "*ciberseg*",
        "*cybersik*", "*cyberveil*", "*cybersicher*", "*cyberbeveilig*", "*cyberbezpiecz*", "phishing",
        "malware", "ransomware", "iso 27001", "iso/iec 27001", "nessus", "burp suite", "metasploit",
        "wireshark", "kali linux", "owasp", "ethical hack*", "threat intelligence", "threat hunting",
        "red team*", "blue team*", "ids/ips", "edr", "xdr",
      ],
    },
    "data-analytics": {
      terms: [
        "power bi", "powerbi", "looker", "looker studio", "qlik*", "metabase", "spss", "stata",
        "rstudio", "r studio", "pandas", "numpy", "jupyter", "data studio", "dashboard*",
        "*data-analy*", "*data-analis*", "data mining", "datamining", "data science", "data scientist*",
        "business intelligence", "big data", "etl", "data warehous*", "datawarehous*", "data lake",
        "pivot-tab*", "sql quer*", "data-visuali*", "tableau software", "tableau desktop",
      ],
      combos: [
        {
          tools: ANALYSIS_TOOLS,
          actions: [
            "analy*", "analiz*", "analis*", "statist*", "visuali*", "chart|charts", "regressi*",
            "dashboard*", "auswert*", "quer*",
          ],
          window: 6,
        },
      ],
      // docs/domain.md §1 lists web analytics under digital marketing.
      exceptions: ["r&d", "r & d", "r+d", "i+d", "google analytics", "analy*|analis*|analiz*|analys* ... google analytics"],
    },
    "robotics-ai": {
      terms: [
        ...ROBOT_PROGRAMMING, "tensorflow", "pytorch", "scikit-learn", "sklearn", "keras", "opencv",
        "hugging face", "yolo", "ros", "ros2", "cobot*", "kuka", "fanuc", "universal robots",
        "ur3|ur5|ur10|ur16", "abb robot*", "llm|llms", "nlp", "computer vision", "machine learning",
        "deep learning", "reinforcement learning", "neural network*", "large language model*",
        "natural language processing", "*roboti*", "ai-model*", "ki-model*", "*robotcel*", "*roboterzell*",
      ],
    },
    "order-fulfilment": {
      exceptions: ["data warehous*", "datawarehous*", "pick-and-place", "pick and place", "*newsletter-versand*", "*newsletterversand*"],
    },
    "data-entry-office": {
      exceptions: ["content calendar", "content-kalender", "contentkalender", "redactiekalender", "redaktionskalender", "*redaktionsplan*"],
    },
    "office-software": {
      exceptions: ["computer vision", "computer science", "computer-aided", "computer aided", "power bi"],
    },
  },
};
