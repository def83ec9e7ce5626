// Precision and recall of the activity classifier per language, on the labelled set and on the
// holdout. Run: npx tsx scripts/classifier-report.ts [--mistakes]
import { HOLDOUT } from "../tests/fixtures/classifier/holdout";
import { LABELLED } from "../tests/fixtures/classifier/labelled";
import { evaluate, evaluatePerLanguage, formatLanguageTable } from "../tests/unit/domain/classifier-metrics";

const showMistakes = process.argv.includes("--mistakes");
const only = process.argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);

for (const [title, set] of [
  ["Labelled set", LABELLED],
  ["Holdout set (not tuned on)", HOLDOUT],
] as const) {
  const items = only ? set.filter((d) => d.lang === only) : set;
  console.log(formatLanguageTable(`${title}: precision/recall per language (micro averages)`, evaluatePerLanguage(items)));
  if (showMistakes) {
    const { mistakes } = evaluate(items);
    if (mistakes.length > 0) console.log(`Disagreements:\n  ${mistakes.join("\n  ")}`);
  }
  console.log("");
}
