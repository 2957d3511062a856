import type { Metadata } from "next";
import Link from "next/link";
import { AccelerationRequestForm } from "@/components/acceleration/request-form";
import { SitePageBody, SitePageHeader } from "@/components/site-pages/site-page-text";
import { db } from "@/lib/db/client";
import { loadPublicSitePage } from "@/lib/site-pages/load-public-page";

export const metadata: Metadata = {
  title: "Versnellingstraject van Movisie",
  description:
    "Het traject ‘versnelling transformatie sociaal domein’ van Movisie: meerwaarde voor gemeenten, de zes voorwaarden uit het intakegesprek, contact en online aanvragen.",
};

/** The text is the secretary's (/beheer/paginas/versnellingstraject), with the conditions as a placeholder; the request form is the page's own. */
export default async function AccelerationPage() {
  const page = await loadPublicSitePage(db, "versnellingstraject");
  return (
    <>
      <SitePageHeader page={page} />
      <SitePageBody page={page} />
      <section aria-labelledby="aanvragen-titel" className="mt-10">
        <div className="prose-content max-w-prose">
          <h2 id="aanvragen-titel">Het traject aanvragen</h2>
          <p>
            Vraag het traject hier aan voor je gemeente. Je krijgt een e-mail met een link om je aanvraag te bevestigen. Daarna gaat je aanvraag naar Movisie,
            dat het intakegesprek met je voert; de secretaris van het netwerk krijgt er bericht van en houdt je op de hoogte: je krijgt bericht zodra het
            intakegesprek wordt gepland, en na het besluit. Lees ook onze <Link href="/privacy">privacyverklaring</Link>.
          </p>
        </div>
        {/* Cached: every visitor until the page is renewed gets this id; a request is one per id and address (lib/acceleration/submit-request.ts). */}
        <AccelerationRequestForm submissionId={crypto.randomUUID()} />
      </section>
    </>
  );
}
