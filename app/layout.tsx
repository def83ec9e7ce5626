import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { pickMessages, type Messages } from "@/lib/forms/messages";
import { SiteHeader } from "@/components/layout/site-header";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only what app/error.tsx needs: each client island gets its own (components/i18n/client-messages.tsx). */}
        <NextIntlClientProvider messages={pickMessages((await getMessages()) as Messages, ["errors"])}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            <VerifyEmailBanner />
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
