import { z } from "zod";

// Shapes every /api/v1 route shares (lib/server/api/handlers.ts). Response schemas are strict objects:
// a field the builder adds without the schema knowing fails the response test
// (tests/integration/openapi-responses.test.ts).

/** "YYYY-MM-DD" */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: "date" });
/** An ISO 8601 instant, as Date.toISOString() writes it. */
export const instant = z.string().meta({ format: "date-time" });

export const apiIssueSchema = z.strictObject({
  path: z.string().meta({ description: "The field, dotted (e.g. `participant.category`), or `(body)`." }),
  message: z.string(),
});

export const apiErrorSchema = z
  .strictObject({ error: z.strictObject({ message: z.string(), issues: z.array(apiIssueSchema) }) })
  .meta({ description: "Every refusal: a message in English and, for bad input, one issue per field." });
export type ApiErrorBody = z.output<typeof apiErrorSchema>;
