import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Privacyverklaring",
  description: "Welke persoonsgegevens het Wmo transformatienetwerk verwerkt, waarom, op welke grondslag en hoe lang.",
};

export default function PrivacyPage() {
  return (
    <>
      <PageHeader title="Privacyverklaring" intro="Het Wmo transformatienetwerk verwerkt zo min mogelijk persoonsgegevens." />
      <div className="prose-content max-w-prose">
        <h2>Bezoek aan de website</h2>
        <p>
          We gebruiken geen cookies om je te volgen en laden niets van andere partijen. De server bewaart technische logregels
          (zoals het IP-adres) hoogstens 30 dagen om storingen en misbruik op te sporen (grondslag: gerechtvaardigd belang).
        </p>
        <h2>Vragen</h2>
        <p>
          Vragen over je gegevens? <Link href="/contact">Neem contact op met de secretaris</Link>.
        </p>
      </div>
    </>
  );
}
