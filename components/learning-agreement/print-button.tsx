"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("learningAgreement");
  return (
    <Button type="button" onClick={() => window.print()}>
      {t("print.button")}
    </Button>
  );
}
