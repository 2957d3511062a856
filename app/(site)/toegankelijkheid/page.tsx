import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Toegankelijkheidsverklaring",
  description: "Hoe de website van het Wmo transformatienetwerk toegankelijk is gemaakt en hoe je een probleem meldt.",
};

export default function AccessibilityPage() {
  return (
    <>
      <PageHeader title="Toegankelijkheidsverklaring" intro="Iedereen moet deze website kunnen gebruiken, ook met een beperking." />
      <div className="prose-content max-w-prose">
        <p>
          Deze website streeft naar naleving van de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, de norm voor websites van Nederlandse
          overheden.
        </p>
        <h2>Wat we doen</h2>
        <ul>
          <li>Alle pagina’s zijn met het toetsenbord te bedienen; een link ‘Naar de inhoud’ slaat het menu over.</li>
          <li>Kleuren hebben voldoende contrast en de focus is altijd zichtbaar.</li>
          <li>Formulieren hebben labels en tonen fouten in tekst bij het veld.</li>
          <li>Elke wijziging wordt automatisch getoetst met axe-core in een echte browser.</li>
        </ul>
        <h2>Een probleem melden</h2>
        <p>
          Kom je toch iets tegen dat niet werkt? <Link href="/contact">Laat het de secretaris weten</Link>.
        </p>
      </div>
    </>
  );
}
