"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { passwordStrength, type StrengthLevel } from "@/lib/auth/password-strength";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/domain/password-limits";
import { TextField } from "@/components/ui/field";

const BAR: Record<StrengthLevel, { width: string; colour: string }> = {
  empty: { width: "w-0", colour: "bg-slate-300" },
  tooShort: { width: "w-1/4", colour: "bg-red-700" },
  weak: { width: "w-2/4", colour: "bg-orange-600" },
  fair: { width: "w-3/4", colour: "bg-yellow-500" },
  strong: { width: "w-full", colour: "bg-green-700" },
};

/**
 * A new-password field with a strength meter, and its "repeat the password" field: the level is
 * written out ("Strength: fair") and announced politely as it changes; the bar only repeats it
 * for sighted users.
 */
export function NewPasswordField({ name, label, errors, confirmErrors }: { name: string; label: string; errors?: string[]; confirmErrors?: string[] }) {
  const t = useTranslations("passwordStrength");
  const ta = useTranslations("auth");
  const [level, setLevel] = useState<StrengthLevel>("empty");
  const bar = BAR[level];
  return (
    <div>
      <TextField
        name={name}
        type="password"
        autoComplete="new-password"
        label={label}
        hint={t("hint", { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        errors={errors}
        maxLength={PASSWORD_MAX * 2}
        onChange={(e) => setLevel(passwordStrength(e.currentTarget.value))}
        required
      />
      <div className="-mt-2 mb-4">
        <div aria-hidden="true" className="h-1.5 w-full rounded bg-slate-200">
          <div className={`h-1.5 rounded ${bar.width} ${bar.colour}`} />
        </div>
        <p aria-live="polite" className="mt-1 text-sm text-slate-700" data-testid={`${name}-strength`}>
          {level === "empty" ? "" : t("label", { level: t(`levels.${level}`) })}
        </p>
      </div>
      <TextField name="confirmPassword" type="password" autoComplete="new-password" label={ta("confirmPassword")} errors={confirmErrors} required />
    </div>
  );
}
