"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addSsoDomainAction, linkOfficerIdentityAction } from "@/app/admin/institutions/[id]/actions";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

function useSsoForm(action: Action) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const value = (key: string) => (state && !state.ok ? state.values?.[key] : undefined);
  const message = <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />;
  return { state, formAction, pending, errors, value, message };
}

export function SsoDomainAddForm({ institutionId }: { institutionId: string }) {
  const t = useTranslations("sso.admin");
  const { state, formAction, pending, errors, value, message } = useSsoForm(addSsoDomainAction);
  return (
    <form key={state?.ok ? JSON.stringify(state) : "form"} action={formAction} noValidate>
      {message}
      <input type="hidden" name="institutionId" value={institutionId} />
      <TextField name="domain" id="sso-domain" label={t("domain")} hint={t("domainHint")} defaultValue={value("domain")} errors={errors.domain} required autoComplete="off" />
      <Button type="submit" disabled={pending}>
        {t("addDomain")}
      </Button>
    </form>
  );
}

export function SsoIdentityLinkForm({ institutionId, officers, defaultIssuer }: { institutionId: string; officers: { id: string; name: string; email: string }[]; defaultIssuer: string }) {
  const t = useTranslations("sso.admin");
  const { state, formAction, pending, errors, value, message } = useSsoForm(linkOfficerIdentityAction);
  return (
    <form key={state?.ok ? JSON.stringify(state) : "form"} action={formAction} noValidate>
      {message}
      <input type="hidden" name="institutionId" value={institutionId} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField name="userId" id="sso-officer" label={t("officer")} defaultValue={value("userId")} errors={errors.userId} required>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.email})
            </option>
          ))}
        </SelectField>
        <TextField name="issuer" id="sso-issuer" type="url" label={t("issuer")} defaultValue={value("issuer") ?? defaultIssuer} errors={errors.issuer} required autoComplete="off" />
        <TextField name="subject" id="sso-subject" label={t("subject")} hint={t("subjectHint")} defaultValue={value("subject")} errors={errors.subject} required autoComplete="off" />
      </div>
      <Button type="submit" disabled={pending}>
        {t("link")}
      </Button>
    </form>
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
