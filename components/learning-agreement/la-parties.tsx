import { getFormatter, getTranslations } from "next-intl/server";
import type { LearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { CountryName } from "@/components/ui/country-name";
import { LaFact, LaFacts, LaSection } from "./la-section";
import { postalAddressLine } from "@/lib/domain/postal-address";

/** The template's first page: who the trainee, the sending institution and the receiving organisation are. */
export async function LaParties({ view }: { view: LearningAgreementView }) {
  const t = await getTranslations("learningAgreement");
  const to = await getTranslations("organisation");
  const ti = await getTranslations("isced");
  const format = await getFormatter();
  const { placement, la } = view;
  const participant = placement.application.participant;
  const institution = placement.institution;
  const contact = institution.officers[0];
  const host = placement.application.offer.host;
  const legalName = [participant.firstName, participant.lastName].filter(Boolean).join(" ");
  const field = ti.has(`fields.f${participant.fieldOfEducation}` as never) ? ti(`fields.f${participant.fieldOfEducation}` as never) : "";
  return (
    <div className="grid gap-6 lg:grid-cols-3 print:grid-cols-3 print:gap-2">
      <LaSection id="la-trainee" title={t("parties.trainee")}>
        <LaFacts>
          <LaFact term={t("parties.name")} wide>
            {legalName || participant.user.name}
          </LaFact>
          <LaFact term={t("parties.email")} wide>
            {participant.user.email}
          </LaFact>
          <LaFact term={t("parties.nationality")}>
            <CountryName code={participant.nationality} />
          </LaFact>
          <LaFact term={t("parties.birthDate")}>{participant.birthDate ? format.dateTime(participant.birthDate, { dateStyle: "long" }) : "—"}</LaFact>
          <LaFact term={t("parties.field")} wide>
            ISCED-F {participant.fieldOfEducation}
            {field ? ` · ${field}` : ""} · EQF {participant.eqfLevel}
          </LaFact>
        </LaFacts>
      </LaSection>
      <LaSection id="la-sending" title={t("parties.sending")}>
        <LaFacts>
          <LaFact term={t("parties.name")} wide>
            {institution.name}
          </LaFact>
          <LaFact term={t("parties.erasmusCode")}>{institution.erasmusCode}</LaFact>
          <LaFact term={t("parties.address")}>
            {institution.city}, <CountryName code={institution.country} />
          </LaFact>
          {institution.website && (
            <LaFact term={t("parties.website")} wide>
              {institution.website}
            </LaFact>
          )}
          <LaFact term={t("parties.contact")} wide>
            {contact ? `${contact.name} · ${contact.email}` : "—"}
          </LaFact>
        </LaFacts>
      </LaSection>
      <LaSection id="la-receiving" title={t("parties.receiving")}>
        <LaFacts>
          <LaFact term={t("parties.name")} wide>
            {host.legalName}
          </LaFact>
          <LaFact term={t("parties.address")} wide>
            {postalAddressLine(host.address, host.city)}, <CountryName code={host.country} />
          </LaFact>
          {host.website && (
            <LaFact term={t("parties.website")} wide>
              {host.website}
            </LaFact>
          )}
          <LaFact term={t("parties.size")}>{host.belowTwoFifty ? t("parties.sizeSmall") : t("parties.sizeLarge")}</LaFact>
          <LaFact term={t("parties.sector")}>
            {host.naceSection} · {to.has(`naceSections.${host.naceSection}` as never) ? to(`naceSections.${host.naceSection}` as never) : ""}
          </LaFact>
          <LaFact term={t("parties.mentor")} wide>
            {la.mentorName ? `${la.mentorName}${la.mentorEmail ? ` · ${la.mentorEmail}` : ""}` : t("notFilled")}
          </LaFact>
        </LaFacts>
      </LaSection>
    </div>
  );
}
