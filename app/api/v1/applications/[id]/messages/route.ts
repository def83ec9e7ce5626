import type { PostMessageJson } from "@/lib/api/schemas/misc";
import { authedApi, jsonBody, methodNotAllowed } from "@/lib/server/api/handlers";
import { getThread, postMessage } from "@/lib/server/services/application/messages";
import { messageJson, threadJson } from "@/lib/server/api/application-message-json";
import { messageBodySchema } from "@/lib/validation/application-message";

/**
 * GET /api/v1/applications/{id}/messages — the thread (host, applicant, or the applicant's office).
 * POST with {"body": "1–2,000 characters"} — a message as the host or the applicant: 201.
 * An application outside the user's own scope is 404; the office writing is 403.
 */
export const GET = authedApi("read:application-thread:own", async (_request, { params, user }) => {
  const { id } = await params;
  return Response.json(threadJson(await getThread(user, id ?? "")));
});

export const POST = authedApi("write:application-thread:own", {
  input: jsonBody(messageBodySchema),
  async handler({ body }, { params, user }) {
    const message = await postMessage(user, { applicationId: params.id ?? "", body });
    return Response.json({ message: messageJson({ ...message, authorName: user.name, mine: true }) } satisfies PostMessageJson, { status: 201 });
  },
});

export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = PUT;
export const DELETE = PUT;
