import { z } from "zod";
import { actionSchema, callYearOfAction, callYearSchema } from "./grant-rates";

const V = "officeSettings.validation";

/**
 * docs/domain.md §5 agreement numbers, both documented shapes:
 *   2014–2020 (KA103/KA107): 2018-1-PL01-KA103-051716            year-round-NA-action-serial(6)
 *   2021–2027 (KA131):       2021-1-BE02-KA131-HED-000012345     year-round-NA-action-sector-serial(9)
 *   2021–2027 (KA121/KA122): 2022-1-DE02-KA121-VET-000012345     the sector is VET, SCH or ADU (docs/domain.md §3a)
 * NA = the National Agency: country code (EU spelling, e.g. EL, UK) + two digits.
 */
export const AGREEMENT_NUMBER = /^(\d{4})-(\d)-([A-Z]{2})(\d{2})-(KA\d{3})-(?:([A-Z]{3})-(\d{9})|(\d{6}))$/;

export function parseAgreementNumber(text: string) {
  const m = AGREEMENT_NUMBER.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), action: m[5] as string, sector: m[6] ?? null };
}

export const projectAgreementSchema = z
  .object({
    action: actionSchema,
    callYear: callYearSchema,
    // Typed with spaces or in lower case, stored as the Beneficiary Module writes it.
    agreementNumber: z
      .string(`${V}.agreementRequired`)
      .transform((s) => s.replace(/\s+/g, "").toUpperCase())
      .pipe(z.string().min(1, `${V}.agreementRequired`).regex(AGREEMENT_NUMBER, `${V}.agreementFormat`)),
  })
  .superRefine((v, ctx) => {
    callYearOfAction(v, ctx);
    const parsed = parseAgreementNumber(v.agreementNumber);
    if (!parsed) return;
    const issue = (message: string) => ctx.addIssue({ code: "custom", path: ["agreementNumber"], message });
    // KA121/KA122 numbers carry their sector where KA131 carries HED (2022-1-DE02-KA121-VET-000012345).
    const [action, sector] = v.action.split("-") as [string, string | undefined];
    if (parsed.action !== action || (sector !== undefined && parsed.sector !== null && parsed.sector !== sector)) issue(`${V}.agreementAction`);
    else if (parsed.year !== v.callYear) issue(`${V}.agreementYear`);
    // The sector part belongs to the 2021–2027 shape only.
    else if ((v.action === "KA103" || v.action === "KA107") === (parsed.sector !== null)) issue(`${V}.agreementFormat`);
  });
export type ProjectAgreementInput = z.infer<typeof projectAgreementSchema>;
