import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { formatEuros } from "@/lib/format/money";
import { annualFeeCents } from "@/lib/fees/fee-amount";
import { networkPolicy } from "@/lib/site/network-policy";

export function generateMetadata(): Metadata {
  return {
    title: "Deelnemen en kosten",
    description: `Wie kan deelnemen aan het Wmo transformatienetwerk, wat het kost (${formatEuros(annualFeeCents())} per gemeente per jaar) en hoe je een keer meedoet.`,
  };
}

export default function JoinPage() {
  const fee = formatEuros(annualFeeCents());
  const policy = networkPolicy();
  return (
    <>
      <PageHeader title="Deelnemen en kosten" intro="Het netwerk nodigt ook andere gemeenten uit zich aan te sluiten." />
      <div className="prose-content max-w-prose">
        <h2>Wie kan deelnemen?</h2>
        <p>
          Het netwerk zoekt ambtenaren op strategisch niveau met vernieuwende ideeën en inzicht in de uitvoering, die zaken in beweging krijgen en actief willen
          investeren in het netwerk. De kern bestaat uit ambtenaren van (middel)grote gemeenten met een strategische, coördinerende en/of leidinggevende rol in
          het sociaal domein.
        </p>
        <p>Het netwerk staat ook open voor geïnteresseerde ambtenaren van andere gemeenten en voor medewerkers van ministeries en de VNG.</p>

        <h2>Wat kost het?</h2>
        <p>
          Elke gemeente die deelneemt betaalt organisatiekosten van <strong>{fee} per gemeente per jaar</strong>. Per gemeente mogen meerdere collega’s
          aansluiten: zij vallen allemaal onder de bijdrage van hun gemeente.
          {policy.nonMunicipal && ` ${policy.nonMunicipal}`}
        </p>

        <h2>Eerst een keer meedoen</h2>
        <p>
          Ben je projectleider, programmanager of beleidsadviseur sociaal domein en nieuwsgierig naar de bijeenkomsten? Doe eerst een keer mee als gast: je
          meldt je aan voor één bijeenkomst.
          {policy.guests && ` ${policy.guests}`} Bevalt het, dan doe je daarna een heel jaar mee.
        </p>

        <h2>Aanmelden</h2>
        <p>Je kiest bij het aanmelden of je één keer meedoet of dit jaar meedoet. De secretaris bevestigt je aanmelding.</p>
        <p>
          <Link href="/aanmelden" className="button">
            Meld je aan
          </Link>
        </p>
        <p>
          Wil je eerst meer weten over de inhoud of de jaarlijkse bijdrage? <Link href="/contact">Neem contact op met de secretaris</Link>.
        </p>
      </div>
    </>
  );
}
