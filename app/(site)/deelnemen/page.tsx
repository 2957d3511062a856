import type { Metadata } from "next";
import Link from "next/link";
import { SitePageBody, SitePageHeader } from "@/components/site-pages/site-page-text";
import { db } from "@/lib/db/client";
import { annualFeeCents } from "@/lib/fees/fee-amount";
import { formatEuros } from "@/lib/format/money";
import { listPublicParticipants, type PublicParticipants } from "@/lib/municipalities/list-public-participants";
import { loadPublicSitePage } from "@/lib/site-pages/load-public-page";

export async function generateMetadata(): Promise<Metadata> {
  const page = await loadPublicSitePage(db, "deelnemen");
  return {
    title: page.title,
    description: `Wie kan deelnemen aan het Wmo transformatienetwerk, wat het kost (${formatEuros(annualFeeCents())} per gemeente per jaar) en hoe je een keer meedoet.`,
  };
}

/**
 * The text is the secretary's (/beheer/paginas/deelnemen), with the fee and the network's arrangements as placeholders;
 * who takes part this year and the button are the page's own. A kept page: every secretary action renews it
 * (lib/auth/action-client.ts), so a new tick or membership shows at once.
 */
export default async function JoinPage() {
  const [page, participants] = await Promise.all([loadPublicSitePage(db, "deelnemen"), listPublicParticipants(db)]);
  return (
    <>
      <SitePageHeader page={page} />
      <SitePageBody page={page} />
      <ParticipantsThisYear participants={participants} />
      <p className="mt-6">
        <Link href="/aanmelden" className="button">
          Meld je aan
        </Link>
      </p>
    </>
  );
}

function ParticipantsThisYear({ participants: { count, names } }: { participants: PublicParticipants }) {
  if (count === 0) return null;
  const sentence = count === 1 ? "Dit jaar doet 1 gemeente mee" : `Dit jaar doen ${count} gemeenten mee`;
  return (
    <section aria-labelledby="deelnemers-titel" className="mt-8 max-w-prose">
      <h2 id="deelnemers-titel">Wie doet er mee?</h2>
      {names.length === 0 ? (
        <p className="mt-2">{sentence}.</p>
      ) : (
        <>
          <p className="mt-2">{sentence}, onder meer:</p>
          <ul className="mt-2 list-disc pl-6">
            {names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
