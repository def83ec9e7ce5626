// Sums the JSON reports of the suites that ran (Vitest and Playwright) into one closing line.
import { existsSync, readFileSync } from "node:fs";

export function countsOf(file) {
  if (!file || !existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (report.stats && "expected" in report.stats) {
    // Playwright: flaky tests passed on retry (retries are off, so there are none).
    return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
  }
  // Vitest: a file that fails to load has no failed test but a failed suite; count it once.
  const failedTests = report.numFailedTests ?? 0;
  const brokenFiles = failedTests === 0 ? (report.numFailedTestSuites ?? 0) : 0;
  return { passed: report.numPassedTests ?? 0, failed: failedTests + brokenFiles, skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) };
}

export function summarise(files, extraFailures = 0) {
  let passed = 0;
  let failed = extraFailures;
  let skipped = 0;
  for (const file of files) {
    const c = countsOf(file);
    if (!c) {
      // The step's failure is already counted by the runner (test.mjs checks-*.json).
      console.log(`  ${file}: no report (suite did not run)`);
      continue;
    }
    console.log(`  ${file}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`);
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
  }
  return { passed, failed, skipped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  const { passed, failed, skipped } = summarise(files);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failed ? 1 : 0);
}
