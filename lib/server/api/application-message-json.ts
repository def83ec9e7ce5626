import "server-only";
import type { MessageJson, ThreadJson } from "@/lib/api/schemas/misc";
import type { Thread, ThreadMessage } from "../services/application/messages";

/** The JSON the API answers for a thread (dates as ISO strings; no e-mail addresses). */
export function threadJson(thread: Thread): ThreadJson {
  return {
    applicationId: thread.applicationId,
    side: thread.side,
    open: thread.open,
    canWrite: thread.canWrite,
    messages: thread.messages.map(messageJson),
  };
}

export function messageJson(m: Pick<ThreadMessage, "id" | "side" | "body" | "createdAt" | "readAt"> & { authorName?: string; mine?: boolean }): MessageJson {
  return {
    id: m.id,
    side: m.side,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
    readAt: m.readAt?.toISOString() ?? null,
    authorName: m.authorName ?? null,
    mine: m.mine ?? null,
  };
}
