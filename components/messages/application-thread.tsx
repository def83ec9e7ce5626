import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { FormState } from "@/lib/forms/form-state";
import type { Thread } from "@/lib/server/services/application/messages";
import { MessageForm } from "./message-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The thread between an offer's host and an applicant, oldest first, on the host's and the
 * applicant's application pages (with the form when they may write) and read-only on the office's
 * placement page. Anchored at #messages: the notification mail links there.
 */
export async function ApplicationThread({ thread, action }: { thread: Thread; action?: Action }) {
  const t = await getTranslations("applicationMessages");
  const format = await getFormatter();
  const lead =
    thread.side === "HOST"
      ? t("leadHost", { name: thread.applicantName })
      : thread.side === "APPLICANT"
        ? t("leadApplicant", { host: thread.hostName })
        : t("leadOffice", { name: thread.applicantName, host: thread.hostName });
  const author = (m: Thread["messages"][number]) =>
    m.mine ? t("you") : m.side === "HOST" && thread.side !== "HOST" ? t("fromHost", { name: m.authorName, host: thread.hostName }) : m.authorName;
  return (
    <section id="messages" aria-labelledby="messages-title" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="messages-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{lead}</p>
      {thread.messages.length ? (
        <ol className="mt-4 space-y-3" data-testid="message-list">
          {thread.messages.map((m) => (
            <li key={m.id} className={`rounded-lg p-3 text-sm ${m.mine ? "ml-6 bg-brand-50 ring-1 ring-brand-100" : "mr-6 bg-slate-50 ring-1 ring-slate-200"}`}>
              <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-slate-700">
                <span className="font-semibold text-slate-900">{author(m)}</span>
                <span>
                  <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  {m.mine && m.readAt && <span> · {t("read")}</span>}
                </span>
              </p>
              <p className="mt-1 whitespace-pre-line break-words text-slate-900">{m.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4 rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-700">{thread.canWrite ? t("emptyWriter") : t("empty")}</p>
      )}
      {!thread.open && <p className="mt-4 rounded-md bg-slate-100 p-3 text-sm text-slate-800">{t("closed")}</p>}
      {thread.canWrite && action && (
        <ClientMessages namespaces={["applicationMessages", "fieldCounter"]}>
          <MessageForm
            applicationId={thread.applicationId}
            action={action}
            hint={thread.side === "HOST" ? t("hintHost", { name: thread.applicantName }) : t("hintApplicant", { host: thread.hostName })}
          />
        </ClientMessages>
      )}
    </section>
  );
}
