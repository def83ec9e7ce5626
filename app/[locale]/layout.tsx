import { isLocale } from "@/i18n/locales";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { pickMessages, type Messages } from "@/lib/forms/messages";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/server/env";
import { SessionProvider } from "@/components/layout/session-context";
import { SiteHeader } from "@/components/layout/site-header";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Each language's pages are rendered once and served from cache where they read no cookie.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  // Not a known locale: the request's own (i18n/request.ts), as when getTranslations gets an unknown one.
  const t = isLocale(locale) ? await getTranslations({ locale, namespace: "common" }) : await getTranslations("common");
  return {
    metadataBase: new URL(env.appUrl),
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("tagline"),
    // Static files in public/: the same for every language.
    icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }] },
    manifest: "/manifest.webmanifest",
  };
}

export default async function RootLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // The locale for every server component below, taken from the URL (no header read).
  setRequestLocale(locale);
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only what error.tsx needs: each client island gets its own (components/i18n/client-messages.tsx). */}
        <NextIntlClientProvider messages={pickMessages((await getMessages()) as Messages, ["errors"])}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          {/* Nothing here reads the session on the server: the personal parts are client islands. */}
          <SessionProvider>
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
              <VerifyEmailBanner />
              {children}
            </main>
            <SiteFooter />
          </SessionProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
