import type { Metadata } from "next";
import Link from "next/link";
import { SitePageBody, SitePageHeader } from "@/components/site-pages/site-page-text";
import { db } from "@/lib/db/client";
import { annualFeeCents } from "@/lib/fees/fee-amount";
import { formatEuros } from "@/lib/format/money";
import { loadPublicSitePage } from "@/lib/site-pages/load-public-page";

export async function generateMetadata(): Promise<Metadata> {
  const page = await loadPublicSitePage(db, "deelnemen");
  return {
    title: page.title,
    description: `Wie kan deelnemen aan het Wmo transformatienetwerk, wat het kost (${formatEuros(annualFeeCents())} per gemeente per jaar) en hoe je een keer meedoet.`,
  };
}

/** The text is the secretary's (/beheer/paginas/deelnemen), with the fee and the network's arrangements as placeholders; the button is the page's own. */
export default async function JoinPage() {
  const page = await loadPublicSitePage(db, "deelnemen");
  return (
    <>
      <SitePageHeader page={page} />
      <SitePageBody page={page} />
      <p className="mt-6">
        <Link href="/aanmelden" className="button">
          Meld je aan
        </Link>
      </p>
    </>
  );
}
