import type { Metadata } from "next";
import { SitePageBody, SitePageHeader } from "@/components/site-pages/site-page-text";
import { db } from "@/lib/db/client";
import { loadPublicSitePage } from "@/lib/site-pages/load-public-page";

export async function generateMetadata(): Promise<Metadata> {
  const page = await loadPublicSitePage(db, "toegankelijkheid");
  return { title: page.title, description: "Hoe de website van het Wmo transformatienetwerk toegankelijk is gemaakt en hoe je een probleem meldt." };
}

/** The text is the secretary's (/beheer/paginas/toegankelijkheid). */
export default async function AccessibilityPage() {
  const page = await loadPublicSitePage(db, "toegankelijkheid");
  return (
    <>
      <SitePageHeader page={page} />
      <SitePageBody page={page} />
    </>
  );
}
