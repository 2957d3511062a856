import type { Metadata } from "next";
import Link from "next/link";
import { SecretaryContact } from "@/components/kernclub/secretary-contact";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentSecretary } from "@/lib/kernclub/queries";
import { contactEmail } from "@/lib/site/config";
import { db } from "@/lib/db/client";

export const metadata: Metadata = {
  title: "Contact",
  description: "Neem contact op met de secretaris van het Wmo transformatienetwerk voor inhoudelijke informatie en de jaarlijkse bijdrage.",
};

export default async function ContactPage() {
  const secretary = await getCurrentSecretary(db);
  return (
    <>
      <PageHeader
        title="Contact"
        intro="Voor inhoudelijke informatie over het netwerk, over de jaarlijkse bijdrage of om een keer mee te doen: neem contact op met de secretaris. Zij staat je graag te woord."
      />
      <section aria-labelledby="secretaris-titel">
        <h2 id="secretaris-titel">Secretaris</h2>
        {secretary ? (
          <SecretaryContact secretary={secretary} />
        ) : (
          <p className="mt-2">
            Mail het secretariaat: <a href={`mailto:${contactEmail()}`}>{contactEmail()}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="meer-titel" className="mt-10 max-w-prose">
        <h2 id="meer-titel">Meer weten</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            <Link href="/deelnemen">Deelnemen en kosten</Link>
          </li>
          <li>
            <Link href="/kernclub">De kernclub</Link>
          </li>
          <li>
            <Link href="/versnellingstraject">Het versnellingstraject van Movisie</Link> (contact via Movisie)
          </li>
        </ul>
      </section>
    </>
  );
}
