import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { outboxMessages, outboxPageEnabled } from "@/lib/server/mail";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title"), robots: { index: false } };
}

/** Development and test only (lib/server/mail outboxPageEnabled); a 404 everywhere else. */
export default async function OutboxPage() {
  await connection(); // read the folder per request, never at build time
  if (!outboxPageEnabled()) notFound();
  const [messages, t, format] = await Promise.all([outboxMessages(), getTranslations("outbox"), getFormatter()]);
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      {messages.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("caption")} head={[t("sentAt"), t("to"), t("subject")]}>
          {messages.map((m) => (
            <tr key={m.id}>
              <Td className="whitespace-nowrap">{format.dateTime(new Date(m.createdAt), { dateStyle: "medium", timeStyle: "medium" })}</Td>
              <Td>{m.to}</Td>
              <Td>
                <Link href={`/dev/outbox/${m.id}`} className="font-medium text-brand-800 underline">
                  {m.subject}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
