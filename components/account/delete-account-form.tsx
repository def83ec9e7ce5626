"use client";
import { useFormActionState } from "@/components/forms/form-texts";
import { initialFormState } from "@/lib/forms/form-state";
import { requestAccountDeletionAction } from "@/app/[locale]/account/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** "Delete my account": the account's e-mail address typed again is the confirmation. */
export function DeleteAccountForm({ label, submit, submitting }: { label: string; submit: string; submitting: string }) {
  const [state, formAction, pending] = useFormActionState(requestAccountDeletionAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <TextField
        name="confirmEmail"
        type="email"
        autoComplete="off"
        label={label}
        errors={errors.confirmEmail}
        defaultValue={state && !state.ok ? state.values?.confirmEmail : undefined}
        required
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? submitting : submit}
      </Button>
    </form>
  );
}
