"use client";
import { useState } from "react";
import { useFormActionState } from "@/components/forms/form-texts";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * One button that runs one action (resend the link, confirm the address, sign out everywhere),
 * with its result announced. With `confirm`, the first press asks and only the second acts.
 */
export function SingleActionForm({
  action,
  fields = {},
  label,
  pendingLabel,
  confirm,
  variant = "primary",
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields?: Record<string, string>;
  label: string;
  pendingLabel: string;
  confirm?: { question: string; yes: string; no: string };
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction, pending] = useFormActionState(action, initialFormState);
  const [asking, setAsking] = useState(false);
  if (confirm && !asking) {
    return (
      <div>
        <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
        <Button type="button" variant={variant} onClick={() => setAsking(true)}>
          {label}
        </Button>
      </div>
    );
  }
  return (
    <form action={formAction}>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm && (
        <p className="mb-3 font-medium text-slate-900" role="alert">
          {confirm.question}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant={variant} disabled={pending || state?.ok}>
          {pending ? pendingLabel : confirm ? confirm.yes : label}
        </Button>
        {confirm && (
          <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
            {confirm.no}
          </Button>
        )}
      </div>
    </form>
  );
}
