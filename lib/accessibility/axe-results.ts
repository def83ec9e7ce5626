import { z } from "zod";
import recorded from "@/docs/accessibility/axe-results.json";

// The automated evaluation the accessibility statement rests on: every axe scan of the end-to-end
// suite, summed per page by `node scripts/accessibility-report.mjs` (docs/accessibility/README.md).

const pageResult = z.object({
  /** The route without its locale, ids replaced by "[id]" ("/offers/[id]"). */
  path: z.string().startsWith("/"),
  scans: z.number().int().positive(),
  violations: z.number().int().min(0),
});

export const axeResultsSchema = z.object({
  generatedAt: z.iso.datetime(),
  axeVersion: z.string().min(1),
  tags: z.array(z.string()).min(1),
  locales: z.array(z.string()).min(1),
  pages: z.array(pageResult).min(1),
});

export type AxeResults = z.infer<typeof axeResultsSchema> & { scans: number; violations: number };

/** The committed results, checked, with their totals. */
export function axeResults(): AxeResults {
  const results = axeResultsSchema.parse(recorded);
  return {
    ...results,
    scans: results.pages.reduce((sum, p) => sum + p.scans, 0),
    violations: results.pages.reduce((sum, p) => sum + p.violations, 0),
  };
}
