import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SITE_NAME } from "@/lib/site/config";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  icons: { icon: "/favicon.svg" },
  description:
    "Landelijk netwerk van ambtenaren van (middel)grote gemeenten met een strategische rol in het sociaal domein: kennisuitwisseling over de transformatie, sinds 2010.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col">
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3">
          Naar de inhoud
        </a>
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
