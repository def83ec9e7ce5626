import { z } from "zod";
import { MESSAGE_MAX } from "@/lib/forms/limits";
import { maxChars } from "./messages";

// A message in the thread between an offer's host and an applicant. The form counts with the
// same limit (lib/forms/limits.ts); the server action and POST /api/v1/applications/{id}/messages
// parse with these schemas.
export { MESSAGE_MAX };

const body = z.string("applicationMessages.errors.empty").trim().min(1, "applicationMessages.errors.empty").max(MESSAGE_MAX, maxChars(MESSAGE_MAX));

export const messageSchema = z.object({
  applicationId: z.string("errors.notFound").min(1, "errors.notFound").max(64, "errors.notFound"),
  body,
});

/** The API's body: the application is the path's id. */
export const messageBodySchema = z.object({ body });

export type MessageInput = z.infer<typeof messageSchema>;
