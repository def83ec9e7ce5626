import type { Locale as AppLocale } from "@/i18n/locales";
import type messages from "@/messages/en.json";

// Typed message keys and locales (next-intl AppConfig): English is the source locale, so its
// keys are the keys every t() call may use.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
