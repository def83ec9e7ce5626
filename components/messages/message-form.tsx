"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormActionState } from "@/components/forms/form-texts";
import { CountedTextArea } from "@/components/forms/counted-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { MESSAGE_MAX } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Writes one message into an application's thread. The page passes its own server action (host or
 * applicant side); "Message sent." is announced in a live region, errors stand next to the field.
 */
export function MessageForm({ applicationId, action: send, hint }: { applicationId: string; action: Action; hint: string }) {
  const t = useTranslations("applicationMessages");
  const [state, action, pending] = useFormActionState(send, initialFormState);
  // A new answer starts a fresh field: empty after a sent message, the typed text after an error.
  const [seen, setSeen] = useState(state);
  const [version, setVersion] = useState(0);
  if (state !== seen) {
    setSeen(state);
    setVersion((v) => v + 1);
  }
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} noValidate className="mt-4 border-t border-slate-200 pt-4">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <CountedTextArea
        key={version}
        name="body"
        id="message-body"
        rows={4}
        max={MESSAGE_MAX}
        label={t("label")}
        hint={hint}
        errors={errors.body}
        defaultValue={state && !state.ok ? (state.values?.body ?? "") : ""}
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
