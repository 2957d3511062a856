import type { Metadata } from "next";
import { SecretaryContact } from "@/components/kernclub/secretary-contact";
import { SitePageBody, SitePageHeader } from "@/components/site-pages/site-page-text";
import { getCurrentSecretary } from "@/lib/kernclub/queries";
import { contactEmail } from "@/lib/site/config";
import { db } from "@/lib/db/client";
import { loadPublicSitePage } from "@/lib/site-pages/load-public-page";

export async function generateMetadata(): Promise<Metadata> {
  const page = await loadPublicSitePage(db, "contact");
  return {
    title: page.title,
    description: "Neem contact op met de secretaris van het Wmo transformatienetwerk voor inhoudelijke informatie en de jaarlijkse bijdrage.",
  };
}

/** The texts are the secretary's (/beheer/paginas/contact); who the secretary is comes from the kernclub. */
export default async function ContactPage() {
  const [page, secretary] = await Promise.all([loadPublicSitePage(db, "contact"), getCurrentSecretary(db)]);
  return (
    <>
      <SitePageHeader page={page} />
      <section aria-labelledby="secretaris-titel" className="mb-10">
        <h2 id="secretaris-titel">Secretaris</h2>
        {secretary ? (
          <SecretaryContact secretary={secretary} />
        ) : (
          <p className="mt-2">
            Mail het secretariaat: <a href={`mailto:${contactEmail()}`}>{contactEmail()}</a>
          </p>
        )}
      </section>
      <SitePageBody page={page} />
    </>
  );
}
