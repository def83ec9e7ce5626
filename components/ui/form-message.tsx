"use client";
import { useFormText } from "@/components/forms/form-texts";

/** The form-level message, announced to screen readers when it changes. */
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  const text = useFormText();
  return (
    <div aria-live="polite" role={tone === "error" ? "alert" : "status"}>
      {message && (
        <p className={`mb-4 rounded-md p-3 text-sm font-medium ${tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}>
          {text(message)}
        </p>
      )}
    </div>
  );
}
