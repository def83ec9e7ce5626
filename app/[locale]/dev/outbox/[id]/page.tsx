import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { outboxMessage, outboxPageEnabled } from "@/lib/server/mail";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { localePath } from "@/i18n/path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("messageTitle"), robots: { index: false } };
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  if (!outboxPageEnabled()) notFound();
  const mail = await outboxMessage((await params).id);
  if (!mail) notFound();
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const htmlHref = await localePath(`/dev/outbox/${mail.id}/html`);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/dev/outbox" className="text-sm font-medium text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={mail.subject} />
      <Card>
        <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-600">{t("from")}</dt>
          <dd>{mail.from}</dd>
          <dt className="text-slate-600">{t("to")}</dt>
          <dd>{mail.to}</dd>
          <dt className="text-slate-600">{t("sentAt")}</dt>
          <dd>{format.dateTime(new Date(mail.createdAt), { dateStyle: "long", timeStyle: "medium" })}</dd>
        </dl>
      </Card>
      <Card title={t("text")}>
        <pre className="whitespace-pre-wrap break-words font-sans text-sm text-slate-800">{mail.text}</pre>
      </Card>
      {mail.html && (
        <p>
          <a href={htmlHref} className="text-sm font-medium text-brand-800 underline">
            {t("htmlFrame", { subject: mail.subject })}
          </a>
        </p>
      )}
    </div>
  );
}
