import "server-only";
import { z } from "zod";
import { parseJsonBody } from "../api";

// Any JSON object; the decision schemas (lib/validation/placement-decision) check the fields.
const objectBody = z.record(z.string(), z.unknown(), "validation.objectRequired");

/** A decision's JSON body; an empty body counts as {} (approving needs no fields). */
export async function readDecisionBody(request: Request): Promise<{ data: Record<string, unknown> } | { response: Response }> {
  if ((await request.clone().text()).trim() === "") return { data: {} };
  return parseJsonBody(request, objectBody);
}
