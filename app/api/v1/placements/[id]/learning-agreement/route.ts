import { authedApi, methodNotAllowed } from "@/lib/server/api/handlers";
import { getLearningAgreementDocument } from "@/lib/server/services/learning-agreement/document";
import { LA_DOCUMENT_SCHEMA_PATH } from "@/lib/validation/learning-agreement-document";

/**
 * GET /api/v1/placements/{id}/learning-agreement — the Learning Agreement for Traineeships as a
 * JSON document (schema: /api/v1/schemas/learning-agreement-traineeship.json), for the trainee,
 * the sending office and the host; anyone else, and a placement not approved, is 404.
 */
export const GET = authedApi("sign:learning-agreement:own", async (_request, { params, user }) => {
  const { id } = await params;
  const document = await getLearningAgreementDocument(user, id ?? "");
  return Response.json(document, { headers: { Link: `<${LA_DOCUMENT_SCHEMA_PATH}>; rel="describedby"` } });
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
