import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Afgemeld voor berichten", robots: { index: false } };

export default function UnsubscribedPage() {
  return (
    <>
      <PageHeader title="Je bent afgemeld voor berichten" intro="Je krijgt geen berichten van de secretaris van het netwerk meer." />
      <p className="max-w-prose">
        Uitnodigingen voor bijeenkomsten, facturen en inloglinks blijven komen. Toch weer berichten krijgen? Dat kies je bij{" "}
        <Link href="/mijn-gegevens">Mijn gegevens</Link>.
      </p>
    </>
  );
}
