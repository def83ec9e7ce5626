import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SaveSearchButton } from "./save-search-button";
import { querySummary } from "./save-search-summary";

/**
 * "Save this search" with its default name made here: the summary reads the search rules
 * (lib/validation/offer-search), which would otherwise bring zod into the browser.
 */
export async function SaveSearch({ query }: { query: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <ClientMessages namespaces={["saved"]}>
      <SaveSearchButton query={query} summary={querySummary(query, t, locale)} />
    </ClientMessages>
  );
}
