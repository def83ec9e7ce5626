"use client";
import { Button } from "@/components/ui/button";

/** `label`: the button's text, translated by the page. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
