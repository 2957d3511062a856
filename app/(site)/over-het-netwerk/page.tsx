import type { Metadata } from "next";
import { SitePageBody, SitePageHeader } from "@/components/site-pages/site-page-text";
import { db } from "@/lib/db/client";
import { loadPublicSitePage } from "@/lib/site-pages/load-public-page";

export async function generateMetadata(): Promise<Metadata> {
  const page = await loadPublicSitePage(db, "over-het-netwerk");
  return {
    title: page.title,
    description: "Ambitie, thema’s en organisatie van het Wmo transformatienetwerk: kennisuitwisseling zonder belangenvertegenwoordiging.",
  };
}

/** The text is the secretary's (/beheer/paginas/over-het-netwerk). */
export default async function AboutPage() {
  const page = await loadPublicSitePage(db, "over-het-netwerk");
  return (
    <>
      <SitePageHeader page={page} />
      <SitePageBody page={page} />
    </>
  );
}
