"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Next hides a server error's message in production and passes its digest, which the server
// logged with the request id (instrumentation.ts): quoting it lets support find the log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t("unexpectedTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("generic")}</p>
      {error.digest && (
        <p className="mt-3 text-sm text-slate-700" data-testid="error-reference">
          {t("reference", { reference: error.digest })}
        </p>
      )}
      <Button className="mt-6" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
