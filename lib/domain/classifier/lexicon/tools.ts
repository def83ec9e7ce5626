// Tool and object words shared by the language files. On their own they prove nothing
// (docs/domain.md §1: excluded work stays excluded "whatever tools are used"); they count only in a
// combo, next to an action word of the right kind in the same sentence.

/** Office software (docs/domain.md §1 `office-software`: merely using Word, Excel, PowerPoint). */
export const OFFICE_TOOLS = [
  "excel",
  "word",
  "ms word",
  "powerpoint",
  "power point",
  "outlook",
  "ms office",
  "microsoft office",
  "office 365",
  "microsoft 365",
  "google docs",
  "google sheets",
  "google slides",
  "sharepoint",
  "libreoffice",
  "openoffice",
  "spreadsheet*",
] as const;

/** Business systems people type into: ERP/CRM and the like. */
export const BUSINESS_SYSTEMS = ["sap", "erp", "crm", "salesforce", "navision", "dynamics 365", "odoo", "exact online", "datev"] as const;

/** Business systems as the inflecting languages write them (SAPu, SAP:iin, SAP-ban): a one-word name is a prefix, a longer one stays whole. */
export const INFLECTED_BUSINESS_SYSTEMS = BUSINESS_SYSTEMS.map((t) => (t.includes(" ") ? t : `${t}*`));

/** Support desks and channels for customer contact. */
export const SUPPORT_CHANNELS = [
  "zendesk",
  "freshdesk",
  "intercom",
  "livechat",
  "live chat",
  "chat",
  "whatsapp",
  "ticket*",
  "e-mail*",
  "email*",
  "mail",
  "mails",
] as const;

/**
 * Office tools as Finnish, Hungarian, Estonian and Slavic offers inflect them (Exceliin, Excelben,
 * v Excelu, Wordissa, Wordben, ve Wordu).
 */
export const INFLECTED_OFFICE_TOOLS = [
  "excel*",
  "powerpoint*",
  "outlook*",
  "sharepoint*",
  "wordi*",
  "wordu",
  "wordem",
  "wordben",
  "wordot",
  "wordis",
  "wordiga",
  "wordom",
  "worda",
] as const;

/** Programming languages whose names are nothing else (a term on their own in common.ts). */
export const PROGRAMMING_LANGUAGES = ["javascript", "typescript", "c#", "c++", "php", "kotlin"] as const;

/** Programming languages and frameworks whose names are also ordinary words or analysis tools. */
export const PROGRAMMING_TOOLS = [
  "python*",
  "java",
  ...PROGRAMMING_LANGUAGES,
  "swift",
  "ruby",
  "golang",
  "scala",
  "rust",
  "react",
  "angular",
  "vue",
  "vue.js",
  "node.js",
  "nodejs",
  "django",
  "flask",
  "spring boot",
  "laravel",
  "symfony",
  "flutter",
  ".net",
  "asp.net",
  "html",
  "css",
  "sql",
  "vba",
  "matlab",
  "bash",
  "powershell",
  "git",
  "api",
  "apis",
  "rest-api*",
] as const;

/** Content management and shop systems: developing on them is software work, filling them is not. */
export const SITE_BUILDERS = ["wordpress", "shopify", "woocommerce", "drupal", "joomla", "typo3", "magento", "prestashop", "webflow", "wix"] as const;

/** Social platforms: marketing only with a marketing action (not "answering messages on Facebook"). */
export const SOCIAL_PLATFORMS = [
  "social media",
  "social-media",
  "instagram",
  "facebook",
  "linkedin",
  "tiktok",
  "twitter",
  "youtube",
  "pinterest",
  "snapchat",
  "threads",
] as const;

/** Social platforms with case endings (na Instagramu, Facebookem, Instagramban): a one-word name is a prefix. */
export const INFLECTED_SOCIAL_MEDIA = SOCIAL_PLATFORMS.map((p) => (p.includes(" ") || p.includes("-") ? p : `${p}*`));

/** Analysis tools that are also everyday tools. */
export const ANALYSIS_TOOLS = ["excel*", "python*", "r", "sql", "google sheets", "spreadsheet*", "tableau", "matlab"] as const;

/** Graphics tools whose names are also ordinary words. */
export const GRAPHICS_TOOLS = ["canva", "illustrator", "inventor", "sketch", "blender", "gimp", "procreate"] as const;

/** IT infrastructure objects: count with installing / configuring / administering verbs. */
export const INFRASTRUCTURE_OBJECTS = [
  "server*",
  "network*",
  "firewall*",
  "switch|switches",
  "router*",
  "cloud",
  "infrastructure*",
  "virtual machine*",
  "vm|vms",
  "backup*",
  "back-up*",
  "linux",
  "windows",
  "aws",
  "azure",
  "gcp",
  "docker",
  "kubernetes",
  "hardware",
  "laptop*",
  "workstation*",
  "printer*",
  "wifi|wlan",
  "vpn",
  "user account*",
  "active directory",
  "office 365",
  "microsoft 365",
  "intune",
] as const;
