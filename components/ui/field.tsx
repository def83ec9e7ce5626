"use client";
import { useFormText } from "@/components/forms/form-texts";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700";

type Common = { name: string; label: ReactNode; errors?: string[]; hint?: ReactNode; id?: string };

/** Label, control, hint and translated errors wired together with aria-describedby. */
function FieldShell({
  name,
  id: idOverride,
  label,
  errors,
  hint,
  children,
}: Common & { children: (aria: Record<string, string | boolean | undefined>) => ReactNode }) {
  const text = useFormText();
  const id = idOverride ?? `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined })}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div id={errorId} aria-live="polite">
        {errors?.map((key) => (
          <p key={key} className="mt-1 text-sm font-medium text-red-700">
            {text(key)}
          </p>
        ))}
      </div>
    </div>
  );
}

export function TextField({ name, id, label, errors, hint, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell name={name} id={id} label={label} errors={errors} hint={hint}>
      {(aria) => <input name={name} className={CONTROL} {...aria} {...rest} />}
    </FieldShell>
  );
}

export function TextArea({ name, id, label, errors, hint, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell name={name} id={id} label={label} errors={errors} hint={hint}>
      {(aria) => <textarea name={name} className={CONTROL} {...aria} {...rest} />}
    </FieldShell>
  );
}

export function SelectField({ name, id, label, errors, hint, children, ...rest }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell name={name} id={id} label={label} errors={errors} hint={hint}>
      {(aria) => (
        <select name={name} className={CONTROL} {...aria} {...rest}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
