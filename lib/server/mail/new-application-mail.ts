import "server-only";
import type { MailMessage } from "./types";
import { appUrl } from "./index";
import { noticeMail } from "./notice-mail";
import { mailTranslator } from "./translate";

/** Tells a host's user that a participant applied, in the user's own language, with the link to the application. */
export function newApplicationMail(input: {
  to: { email: string; name: string; locale: string };
  applicant: string;
  offerTitle: string;
  applicationId: string;
}): MailMessage {
  const tr = mailTranslator(input.to.locale);
  return noticeMail(tr, {
    to: input.to,
    subject: tr.t("newApplication.subject", { offer: input.offerTitle }),
    intro: tr.t("newApplication.intro", { applicant: input.applicant, offer: input.offerTitle }),
    open: tr.t("newApplication.open"),
    url: appUrl(tr.locale, `/company/applications/${encodeURIComponent(input.applicationId)}`),
  });
}
