import "server-only";
import type { z } from "zod";
import { type ApiInput, jsonBody } from "./handlers";

/**
 * A decision's JSON body, parsed by the decision schema (lib/validation) with the placement id from
 * the URL; an empty body counts as {} (approving needs no fields).
 */
export function decisionBody<S extends z.ZodType>(schema: S): ApiInput<z.infer<S>> {
  return jsonBody(schema, { fromUrl: ({ id }) => ({ placementId: id }), emptyAsObject: true });
}
