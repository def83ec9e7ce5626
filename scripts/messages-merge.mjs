// Deep-merges a patch { "en": {...}, "nl": {...}, "da": {...} } into messages/<locale>.json.
// Lets several people add namespaces at once without clobbering each other's edits:
//   node scripts/messages-merge.mjs patch.json
import { readFileSync, writeFileSync, renameSync } from "node:fs";

const patch = JSON.parse(readFileSync(process.argv[2], "utf8"));

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      target[key] = merge(target[key] && typeof target[key] === "object" ? target[key] : {}, value);
    } else target[key] = value;
  }
  return target;
}

for (const [locale, messages] of Object.entries(patch)) {
  const file = `messages/${locale}.json`;
  const merged = merge(JSON.parse(readFileSync(file, "utf8")), messages);
  writeFileSync(`${file}.tmp`, JSON.stringify(merged, null, 2) + "\n");
  renameSync(`${file}.tmp`, file);
  console.log(`merged into ${file}`);
}
