import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/account/site-header";
import { ApiErrorMessages } from "@/components/api-error-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Meta" });
  return {
    title: { default: "Interleaf", template: "%s · Interleaf" },
    description: t("description"),
    icons: { icon: "/icon.svg" },
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#17181b" },
  ],
};

/** Client components on every page (header, error page, API refusals) get these namespaces; pages add their own. */
const LAYOUT_CLIENT_NAMESPACES = ["Header", "Notifications", "Error", "NotFound", "ApiErrors"] as const;

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await routeLocale(params);
  const t = await getTranslations("Layout");
  const messages = pickMessages(await getMessages(), LAYOUT_CLIENT_NAMESPACES);
  return (
    // The session hint (components/account/session-hint.ts) marks <html> before React hydrates it.
    <html lang={locale} suppressHydrationWarning>
      <body>
        <NextIntlClientProvider messages={messages}>
          <ApiErrorMessages />
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main">{children}</main>
          <footer className="site-footer">
            <p>
              {t.rich("dictionaryCredit", {
                licence: (text) => (
                  <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener">
                    {text}
                  </a>
                ),
              })}
            </p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
