import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n-provider";
import { localeDirection } from "@/lib/i18n/locale";
import { getI18n } from "@/lib/i18n/server";
import "./globals.css";

const vazirmatn = localFont({
  src: [
    { path: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Regular.woff2", weight: "400" },
    { path: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Medium.woff2", weight: "500" },
    { path: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn-SemiBold.woff2", weight: "600" },
    { path: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Bold.woff2", weight: "700" },
    { path: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn-ExtraBold.woff2", weight: "800" },
  ],
  display: "swap",
  variable: "--font-vazirmatn",
});

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: t.app.name, template: `%s · ${t.app.name}` },
    description: t.app.tagline,
    icons: { icon: "/icon.svg" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b3d91" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getI18n();
  return (
    <html lang={locale} dir={localeDirection(locale)} className={vazirmatn.variable}>
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t.app.skipToContent}
        </a>
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
