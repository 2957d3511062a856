/**
 * The texts of the pages the secretary edits (lib/site-pages/), as the site showed them before they became
 * editable: seeded once, never overwritten. Settings appear as placeholders ({{bijdrage}}); what the pages
 * compute (the secretary's contact block, the sign-up button) stays in their code around the text.
 */
export type SeedSitePage = { key: string; title: string; intro: string; body: string };

export const SEED_AUTHOR_LABEL = "Oorspronkelijke tekst";

const aboutBody = `Het netwerk bestaat uit ambtenaren van (middel)grote gemeenten die in hun gemeente of regio een strategische, coördinerende en/of leidinggevende rol in het sociaal domein hebben. Het staat open voor geïnteresseerde ambtenaren van andere gemeenten en voor medewerkers van ministeries en de VNG.

## Ambitie

De ambitie van het netwerk is vooral kennisuitwisseling en kennisvermeerdering over de transformatie in het sociaal domein, altijd met een vertaalslag naar de praktijk. Deelnemers aan het netwerk zijn gemeenten die voorloper zijn op een terrein: gemeenten die niet alleen informatie komen halen, maar ook vernieuwende ideeën komen brengen.

Het netwerk heeft richting het ministerie van VWS en de VNG aangegeven bereid te zijn mee te denken over inhoudelijke ontwikkelingen. Hier wordt af en toe ook gebruik van gemaakt.

## Thema’s

Het netwerk spreekt, vaak met externe sprekers, bijvoorbeeld over:

- de inrichting van de sociale basisinfrastructuur;
- de ontwikkeling van wijkgerichte ggz;
- de verbinding tussen dagbesteding en werk;
- de toegang tot het sociaal domein;
- andere succesfactoren voor de transformatie.

Alle thema’s met hun bijeenkomsten en verslagen staan op de pagina [Thema’s](/themas).

## Anders dan andere overleggen

Het netwerk verschilt van andere overleggen doordat belangenvertegenwoordiging niet aan de orde is. De VNG en het ministerie van VWS zitten wel aan tafel, en het netwerk deelt zijn stukken met de G40 en het Netwerk Directeuren Sociaal Domein (NDSD).

## Organisatie

Het netwerk komt vier keer per jaar bijeen. Eén daarvan is een 24-uursbijeenkomst, met diner, in een gastgemeente: in juni 2019 was dat Almere, in november 2020 Assen, en voor 2022 stond hij in september gepland. Aansprekende voorbeelden uit de praktijk passeren de revue. De ervaring is dat deelnemers met veel energie weer naar huis gaan, nadat zij met collega’s uit andere gemeenten hebben kunnen sparren over inhoudelijke onderwerpen en hun eigen rol in de gemeente.

Een [kernclub](/kernclub) van een voorzitter en drie leden runt het netwerk, ondersteund door een secretaris. Bekijk de [agenda](/agenda) of lees hoe je kunt [deelnemen](/deelnemen).`;

const joinBody = `## Wie kan deelnemen?

Het netwerk zoekt ambtenaren op strategisch niveau met vernieuwende ideeën en inzicht in de uitvoering, die zaken in beweging krijgen en actief willen investeren in het netwerk. De kern bestaat uit ambtenaren van (middel)grote gemeenten met een strategische, coördinerende en/of leidinggevende rol in het sociaal domein.

Het netwerk staat ook open voor geïnteresseerde ambtenaren van andere gemeenten en voor medewerkers van ministeries en de VNG.

## Wat kost het?

Elke gemeente die deelneemt betaalt organisatiekosten van **{{bijdrage}} per gemeente per jaar**. Per gemeente mogen meerdere collega’s aansluiten: zij vallen allemaal onder de bijdrage van hun gemeente. {{afspraak-niet-gemeenten}}

## Eerst een keer meedoen

Ben je projectleider, programmanager of beleidsadviseur sociaal domein en nieuwsgierig naar de bijeenkomsten? Doe eerst een keer mee als gast: je meldt je aan voor één bijeenkomst. {{afspraak-gasten}} Bevalt het, dan doe je daarna een heel jaar mee.

## Aanmelden

Je kiest bij het aanmelden of je één keer meedoet of dit jaar meedoet. De secretaris bevestigt je aanmelding.

Wil je eerst meer weten over de inhoud of de jaarlijkse bijdrage? [Neem contact op met de secretaris](/contact).`;

const contactBody = `## Meer weten

- [Deelnemen en kosten](/deelnemen)
- [De kernclub](/kernclub)
- [Het versnellingstraject van Movisie](/versnellingstraject) (contact via Movisie)`;

export const sitePages: SeedSitePage[] = [
  {
    key: "over-het-netwerk",
    title: "Over het netwerk",
    intro:
      "Sinds 2010 bestaat het landelijke Wmo transformatienetwerk: een netwerk voor en door gemeenten, met als belangrijkste doel een platform te bieden voor kennisuitwisseling en kennisvermeerdering.",
    body: aboutBody,
  },
  { key: "deelnemen", title: "Deelnemen en kosten", intro: "Het netwerk nodigt ook andere gemeenten uit zich aan te sluiten.", body: joinBody },
  {
    key: "contact",
    title: "Contact",
    intro:
      "Voor inhoudelijke informatie over het netwerk, over de jaarlijkse bijdrage of om een keer mee te doen: neem contact op met de secretaris. Zij staat je graag te woord.",
    body: contactBody,
  },
];
