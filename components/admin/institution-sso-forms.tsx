"use client";
import { useTranslations } from "next-intl";
import { type ReactNode } from "react";
import { useFormActionState } from "@/components/forms/form-texts";
import { addSsoDomainAction, linkOfficerIdentityAction } from "@/app/[locale]/admin/institutions/[id]/actions";
import { initialFormState, type FieldErrors, type FormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

function useSsoForm(action: Action) {
  const [state, formAction, pending] = useFormActionState(action, initialFormState);
  return { state, formAction, pending };
}

type Fields = { errors: FieldErrors; value: (key: string) => string | undefined };

/** An admin form on the institution: message, the institution's id, the fields, one submit button. */
function SsoForm({
  action,
  institutionId,
  submit,
  children,
}: {
  action: Action;
  institutionId: string;
  submit: string;
  children: (fields: Fields) => ReactNode;
}) {
  const { state, formAction, pending } = useSsoForm(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const value = (key: string) => (state && !state.ok ? state.values?.[key] : undefined);
  return (
    <form key={state?.ok ? JSON.stringify(state) : "form"} action={formAction} noValidate>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="institutionId" value={institutionId} />
      {children({ errors, value })}
      <Button type="submit" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}

export function SsoDomainAddForm({ institutionId }: { institutionId: string }) {
  const t = useTranslations("sso.admin");
  return (
    <SsoForm action={addSsoDomainAction} institutionId={institutionId} submit={t("addDomain")}>
      {({ errors, value }) => (
        <TextField
          name="domain"
          id="sso-domain"
          label={t("domain")}
          hint={t("domainHint")}
          defaultValue={value("domain")}
          errors={errors.domain}
          required
          autoComplete="off"
        />
      )}
    </SsoForm>
  );
}

export function SsoIdentityLinkForm({
  institutionId,
  officers,
  defaultIssuer,
}: {
  institutionId: string;
  officers: { id: string; name: string; email: string }[];
  defaultIssuer: string;
}) {
  const t = useTranslations("sso.admin");
  return (
    <SsoForm action={linkOfficerIdentityAction} institutionId={institutionId} submit={t("link")}>
      {({ errors, value }) => (
        <div className="grid gap-x-4 sm:grid-cols-3">
          <SelectField name="userId" id="sso-officer" label={t("officer")} defaultValue={value("userId")} errors={errors.userId} required>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.email})
              </option>
            ))}
          </SelectField>
          <TextField
            name="issuer"
            id="sso-issuer"
            type="url"
            label={t("issuer")}
            defaultValue={value("issuer") ?? defaultIssuer}
            errors={errors.issuer}
            required
            autoComplete="off"
          />
          <TextField
            name="subject"
            id="sso-subject"
            label={t("subject")}
            hint={t("subjectHint")}
            defaultValue={value("subject")}
            errors={errors.subject}
            required
            autoComplete="off"
          />
        </div>
      )}
    </SsoForm>
  );
}

/** A one-button form (remove a domain, unlink an identity); the label names what goes. */
export function SsoRemoveButton({ action, fields, label, text }: { action: Action; fields: Record<string, string>; label: string; text: string }) {
  const { state, formAction, pending } = useSsoForm(action);
  return (
    <form action={formAction}>
      {state && !state.ok && <FormMessage message={state.message} />}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={label}>
        {text}
      </Button>
    </form>
  );
}
