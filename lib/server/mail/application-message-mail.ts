import "server-only";
import type { MailMessage } from "./types";
import { appUrl } from "./index";
import { noticeMail } from "./notice-mail";
import { mailTranslator } from "./translate";

/**
 * Tells the other side of an application's thread that a message arrived, in the recipient's
 * language, with the link to the thread on their own page. The message itself is not copied into
 * the mail: it is read (and answered) in the portal, where only the thread's members see it.
 */
export function applicationMessageMail(input: {
  to: { email: string; name: string; locale: string };
  /** Who wrote: the applicant's name, or the host organisation's name. */
  from: string;
  offerTitle: string;
  /** The thread's page for the recipient ("/company/applications/{id}" or "/student/applications/{id}"). */
  threadPath: string;
}): MailMessage {
  const tr = mailTranslator(input.to.locale);
  return noticeMail(tr, {
    to: input.to,
    subject: tr.t("applicationMessage.subject", { offer: input.offerTitle }),
    intro: tr.t("applicationMessage.intro", { from: input.from, offer: input.offerTitle }),
    open: tr.t("applicationMessage.open"),
    url: appUrl(tr.locale, `${input.threadPath}#messages`),
  });
}
