import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Over het netwerk",
  description: "Ambitie, thema’s en organisatie van het Wmo transformatienetwerk: kennisuitwisseling zonder belangenvertegenwoordiging.",
};

export default function AboutPage() {
  return (
    <>
      <PageHeader
        title="Over het netwerk"
        intro="Sinds 2010 bestaat het landelijke Wmo transformatienetwerk: een netwerk voor en door gemeenten, met als belangrijkste doel een platform te bieden voor kennisuitwisseling en kennisvermeerdering."
      />
      <div className="prose-content max-w-prose">
        <p>
          Het netwerk bestaat uit ambtenaren van (middel)grote gemeenten die in hun gemeente of regio een strategische, coördinerende en/of leidinggevende rol
          in het sociaal domein hebben. Het staat open voor geïnteresseerde ambtenaren van andere gemeenten en voor medewerkers van ministeries en de VNG.
        </p>

        <h2>Ambitie</h2>
        <p>
          De ambitie van het netwerk is vooral kennisuitwisseling en kennisvermeerdering over de transformatie in het sociaal domein, altijd met een vertaalslag
          naar de praktijk. Deelnemers aan het netwerk zijn gemeenten die voorloper zijn op een terrein: gemeenten die niet alleen informatie komen halen, maar
          ook vernieuwende ideeën komen brengen.
        </p>
        <p>
          Het netwerk heeft richting het ministerie van VWS en de VNG aangegeven bereid te zijn mee te denken over inhoudelijke ontwikkelingen. Hier wordt af en
          toe ook gebruik van gemaakt.
        </p>

        <h2>Thema’s</h2>
        <p>Het netwerk spreekt, vaak met externe sprekers, bijvoorbeeld over:</p>
        <ul>
          <li>de inrichting van de sociale basisinfrastructuur;</li>
          <li>de ontwikkeling van wijkgerichte ggz;</li>
          <li>de verbinding tussen dagbesteding en werk;</li>
          <li>de toegang tot het sociaal domein;</li>
          <li>andere succesfactoren voor de transformatie.</li>
        </ul>
        <p>
          Alle thema&apos;s met hun bijeenkomsten en verslagen staan op de pagina <Link href="/themas">Thema&apos;s</Link>.
        </p>

        <h2>Anders dan andere overleggen</h2>
        <p>
          Het netwerk verschilt van andere overleggen doordat belangenvertegenwoordiging niet aan de orde is. De VNG en het ministerie van VWS zitten wel aan
          tafel, en het netwerk deelt zijn stukken met de G40 en het Netwerk Directeuren Sociaal Domein (NDSD).
        </p>

        <h2>Organisatie</h2>
        <p>
          Het netwerk komt vier keer per jaar bijeen. Eén daarvan is een 24-uursbijeenkomst, met diner, in een gastgemeente: in juni 2019 was dat Almere, in
          november 2020 Assen, en voor 2022 stond hij in september gepland. Aansprekende voorbeelden uit de praktijk passeren de revue. De ervaring is dat
          deelnemers met veel energie weer naar huis gaan, nadat zij met collega’s uit andere gemeenten hebben kunnen sparren over inhoudelijke onderwerpen en
          hun eigen rol in de gemeente.
        </p>
        <p>
          Een <Link href="/kernclub">kernclub</Link> van een voorzitter en drie leden runt het netwerk, ondersteund door een secretaris. Bekijk de{" "}
          <Link href="/agenda">agenda</Link> of lees hoe je kunt <Link href="/deelnemen">deelnemen</Link>.
        </p>
      </div>
    </>
  );
}
