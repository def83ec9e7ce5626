// Which DOT categories (docs/domain.md §1) a field of education (ISCED-F, §6) usually leads to: seeded
// applicants mostly apply to offers that fit their studies, as real ones do.
export const CATEGORIES_BY_FIELD: Readonly<Record<string, readonly string[]>> = {
  "0114": ["digital-design", "data-analytics"],
  "0211": ["digital-design", "digital-marketing"],
  "0311": ["data-analytics"],
  "0411": ["data-analytics"],
  "0413": ["data-analytics", "digital-marketing"],
  "0414": ["digital-marketing"],
  "0541": ["data-analytics", "robotics-ai"],
  "0542": ["data-analytics"],
  "0611": ["it-systems"],
  "0612": ["it-systems", "cybersecurity", "software-development"],
  "0613": ["software-development", "robotics-ai", "cybersecurity"],
  "0688": ["data-analytics", "digital-design", "software-development"],
  "0714": ["robotics-ai", "software-development"],
  "0715": ["digital-design"],
  "0731": ["digital-design"],
  "0732": ["digital-design"],
};
