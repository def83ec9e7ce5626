// Times the activity classifier on 10,000 task descriptions (~500 characters each), built
// deterministically from the labelled fixtures. Run: npx tsx scripts/bench-classifier.ts
import { performance } from "node:perf_hooks";
import { classifyActivities } from "../lib/domain/classifier";
import { LABELLED } from "../tests/fixtures/classifier/labelled";
// The seed's PRNG, so every run classifies the same texts.
import { mulberry32 } from "../prisma/seed/prng";

const COUNT = 10_000;
/** Each description aims at a length drawn from 400–600 characters (500 on average). */
const MIN_CHARS = 400;
const MAX_CHARS = 600;

function buildDescriptions(): string[] {
  const random = mulberry32(2018); // first DOT call year
  const pick = () => LABELLED[Math.floor(random() * LABELLED.length)]?.text ?? "";
  const descriptions: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const target = MIN_CHARS + random() * (MAX_CHARS - MIN_CHARS);
    const parts: string[] = [];
    let length = 0;
    while (length < target) {
      const task = pick();
      // Stop before a task that would overshoot the target by more than half its own length.
      if (parts.length > 0 && length + task.length / 2 > target) break;
      parts.push(task);
      length += task.length + 1;
    }
    // Alternate one-paragraph offers and one-task-per-line offers.
    descriptions.push(parts.join(i % 2 === 0 ? " " : "\n"));
  }
  return descriptions;
}

interface Run {
  readonly ms: number;
  /** CPU time of this process: on a shared machine, less affected by other processes. */
  readonly cpuMs: number;
  readonly qualifying: number;
}

function classifyAll(texts: readonly string[]): Run {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let qualifying = 0;
  for (const text of texts) if (classifyActivities(text).qualifies) qualifying++;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, qualifying };
}

const descriptions = buildDescriptions();
const totalChars = descriptions.reduce((sum, d) => sum + d.length, 0);

// First pass on a fresh process: includes the JavaScript engine warming up (optimising the
// classifier's functions). Module load and lexicon compilation happen before and are not timed.
const cold = classifyAll(descriptions);
// Steady state, the figure that matters for a running server.
const warm = classifyAll(descriptions);

const line = (label: string, run: Run) =>
  `${label}: classified ${COUNT} descriptions in ${run.ms.toFixed(0)} ms ` +
  `(${Math.round((COUNT / run.ms) * 1000)} per second; CPU ${run.cpuMs.toFixed(0)} ms; ` +
  `average ${Math.round(totalChars / COUNT)} characters; ${run.qualifying} qualify)`;
console.log(line("cold", cold));
console.log(line("warm", warm));
