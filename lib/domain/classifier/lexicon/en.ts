// English. Stems end in "*" (develop* = develop, developing, developer, development).
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

const COMPUTER = ["computer", "computers", "pc", "laptop"];

export const en: Lexicon = {
  language: "en",
  categories: {
    "digital-marketing": {
      terms: [
        "social media strateg*", "social media campaign*", "social media content", "social media post*",
        "social media channel*", "social media account*", "social media presence", "social media calendar",
        "search engine optimi*", "search engine marketing", "online campaign*", "online advertis*",
        "digital campaign*", "e-mail campaign*", "email campaign*", "paid ads", "paid advertising",
        "website analytics", "website traffic", "content calendar", "ad campaign*", "ads campaign*",
        "blog post*", "blog articles", "google shopping", "keyword research", "link building",
        "content creation", "online presence",
      ],
      combos: [
        {
          tools: SOCIAL_PLATFORMS,
          actions: [
            "manag*", "run", "running", "schedul*", "post|posts|posting", "content", "campaign*",
            "ad|ads", "advert*", "engagement", "reach", "follower*", "publish*", "grow*", "strateg*",
            "analytics", "influencer*", "stories", "reels", "account|accounts", "channel*",
          ],
        },
        {
          tools: ["website", "web shop", "webshop", "landing page*", "search engine*", "blog"],
          actions: ["optimi* for search", "traffic", "conversion*", "keyword*", "ranking*", "analytics"],
        },
      ],
    },
    "digital-design": {
      terms: [
        "user interface design", "design* ... user interface*", "user interface* ... design*",
        "interface design", "ui design*", "ux design*", "clickable prototype*", "interactive prototype*",
        "digital illustration*", "digital drawing*", "digital design", "visual design", "logo design",
        "banner design", "3d model*", "3d design", "3d render*", "3d animation*", "2d animation*",
        "digital animation*", "computer-aided design", "building information model*",
        "design* ... graphic*", "graphics for", "visual content", "mock-up*", "mockup*",
        "product render*", "icons for",
      ],
    },
    "software-development": {
      terms: [
        "programming", "programmer*", "coding", "software development", "software engineer*",
        "web development", "web developer*", "app development", "mobile development", "game development",
        "front end", "back end", "frontend development", "backend development", "full stack",
        "code review*", "write code", "writing code", "source code", "automated tests", "unit test*",
        "test automation", "software testing", "qa testing", "test cases",
        "test* ... app|apps|software|website*|features", "develop* ... software", "software ... develop*",
        "develop* ... app|apps|application|applications|website*|web_app*|mobile_app*|feature*|plugin*|module*|script*|api|apis|chatbot*|game*|tool*|interface*|landing_page*|web_page*|webpage*",
        "build* ... app|apps|application|applications|website*|web_app*|mobile_app*|feature*|plugin*|module*|api|apis|chatbot*|web_interface*",
        "program* ... app|apps|application*|script*|tool*|software",
        "implement* ... feature*|api|apis|module*|functionalit*",
        "script* to automate", "automation script*", "macros", "scripts to", "bug fix*", "fix* bugs",
        "refactor*", "debug*",
      ],
    },
    "it-systems": {
      terms: [
        "system administration", "systems administration", "system administrator*", "network administration",
        "network administrator*", "server administration", "it infrastructure", "cloud infrastructure",
        "network infrastructure", "user accounts", "user management", "it administration",
        "reset* password*", "password reset*", "patch management", "it systems", "it equipment",
        "it support", "it helpdesk", "it help desk", "it service desk",
      ],
      combos: [
        {
          tools: INFRASTRUCTURE_OBJECTS,
          actions: [
            "install*", "configur*", "maintain*", "maintenance", "administ*", "manag*", "monitor*",
            "set up", "setting up", "set-up", "deploy*", "migrat*", "troubleshoot*", "patch*",
            "upgrad*", "automat*", "provision*", "support*", "virtuali*",
          ],
        },
        {
          tools: BUSINESS_SYSTEMS,
          actions: ["configur*", "implement*", "administ*", "customi*", "migrat*", "install*", "integrat*", "roll-out", "rollout"],
          window: 4,
        },
      ],
      exceptions: ["social network*", "networking", "professional network*"],
    },
    cybersecurity: {
      terms: [
        "cyber security", "information security", "it security", "security operations cent*",
        "penetration test*", "vulnerabilit*", "incident response", "security incident*",
        "security audit*", "security monitoring", "security alerts", "security awareness",
        "intrusion detection", "digital forensic*", "access rights", "access control*", "encryption",
        "security risk*", "security polic*", "threat model*", "security testing", "hardening",
      ],
    },
    "data-analytics": {
      terms: [
        "analys*|analyz* ... data|dataset*|figures|numbers|statistics|kpis|metrics|results",
        "data ... analys*|analyz*", "data analytics", "statistical analys*", "statistical model*",
        "statistic* ... data", "visuali* ... data|results|figures|kpis", "data visuali*",
        "data cleaning", "clean* ... data", "data model*", "data pipeline*", "data engineer*",
        "regression analys*", "predictive model*", "kpi report*", "report* ... kpi*", "sales analys*",
        "churn", "cohort analys*",
      ],
    },
    "robotics-ai": {
      terms: [
        "robot programming", "industrial robot*", "collaborative robot*", "robotic arm*", "robot arm*",
        "robot cell*", "artificial intelligence", "ai model*", "ai application*", "ai-based", "ai system*",
        "train* ... model*", "image recognition", "object detection", "speech recognition",
        "language model*", "predictive maintenance",
      ],
    },
    "customer-support": {
      terms: [
        "customer service", "customer support", "customer care", "customer enquir*", "customer inquir*",
        "customer question*", "customer complaint*", "complaint*", "customer call*", "customer e-mail*",
        "customer email*", "customer request*", "help desk", "call cent*", "front desk", "reception",
        "receptionist", "welcom* ... visitor*|guest*|client*|customer*",
        "answer* ... phone|phones|telephone|calls", "answer* ... enquir*|inquir*|customer*|client*",
        "first point of contact", "customer contact", "help* ... customers|clients|guests|visitors",
        "customers|clients|guests ... phone|telephone|chat", "check-in|check-ins", "client support", "after-sales",
      ],
      combos: [
        {
          tools: [...SUPPORT_CHANNELS, "phone", "phones", "telephone", "calls", "messages"],
          actions: ["answer*", "respond*", "reply*", "replies", "handl*", "escalat*"],
          window: 5,
        },
      ],
    },
    "order-fulfilment": {
      terms: [
        "order picking", "pick* ... pack*", "pack* ... order*|parcel*|package*|box*|product*|shipment*",
        "packing", "parcel*", "shipping", "ship* ... order*|product*|customer*", "warehouse*",
        "dispatch*", "incoming goods", "goods receipt", "incoming stock", "stock control", "inventory",
        "order fulfil*", "fulfilment cent*", "fulfillment cent*", "picking", "deliver* ... order*|parcel*",
      ],
    },
    "data-entry-office": {
      terms: [
        "data entry", "enter* ... data|invoice*|record*|order*|details|information",
        "typ* in", "type* ... record*|data|details", "input* ... data|record*", "filing",
        "file* ... invoice*|document*|record*", "archiv*", "administrative task*", "administrative work",
        "administrative support", "office task*", "office work", "clerical", "secretar*",
        "schedul* ... meeting*|appointment*", "calendar*", "diary", "take minutes", "taking minutes",
        "meeting minutes", "photocop*", "scan* documents", "print* ... document*|letter*",
        "distribut* ... post|mail", "incoming mail", "register* ... order*|invoice*|return*|customer*",
        "updat* ... record*|database*|address*|documentation|register*", "keep* ... up to date",
        "upload* ... product*|photo*|description*|document*", "bookkeeping", "invoicing", "paperwork",
        "data maintenance", "enter* ... into", "timesheet*",
      ],
      combos: [
        {
          tools: BUSINESS_SYSTEMS,
          actions: ["enter*", "register*", "record*", "typ*", "input*", "updat*", "fill*", "log*", "process*"],
          window: 6,
        },
      ],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...COMPUTER],
          actions: [
            "use", "uses", "using", "writ*", "typ*", "enter*", "prepar*", "creat*", "mak*", "format*",
            "updat*", "edit*", "draft*", "send*", "document*", "slide*", "presentation*", "letter*",
            "sheet*", "list*", "table*",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "email*", "mail|mails"], actions: ["send*", "writ*", "draft*", "use", "using"], window: 3 },
      ],
    },
  },
  negationsBefore: ["no", "not", "without", "never", "don't", "dont", "nor"],
  negationsAfter: [
    "not required", "not needed", "not necessary", "not a requirement", "not expected", "is not",
    "are not", "isn't", "aren't", "not involved", "not part",
  ],
  notNegations: ["not only", "not just", "no matter", "not limited to", "non-profit", "non-governmental", "no later than"],
};
