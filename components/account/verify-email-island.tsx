"use client";
import { useSession } from "@/components/layout/session-context";

/** The banner's text has an "{email}" placeholder, filled in here. */
export function VerifyEmailIsland({ title, text, children }: { title: string; text: string; children: React.ReactNode }) {
  const user = useSession();
  // Only self-registered roles are held back (lib/server/auth/verified-email.ts); staff are provisioned.
  const show = user && !user.emailVerified && (user.role === "STUDENT" || user.role === "COMPANY");
  return (
    <div aria-live="polite">
      {show && (
        <section aria-labelledby="verify-banner-title" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <h2 id="verify-banner-title" className="font-semibold">
            {title}
          </h2>
          <p className="mb-3 text-sm">{text.replace("{email}", user.email)}</p>
          {children}
        </section>
      )}
    </div>
  );
}
