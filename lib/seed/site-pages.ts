import { HOME_PAGE_KEY } from "../site-pages/paths";

/**
 * The texts of the pages the secretary edits (lib/site-pages/), as the site showed them before they became
 * editable: seeded once, never overwritten. Settings appear as placeholders ({{bijdrage}}); what the pages
 * compute (the secretary's contact block, the sign-up button, the next meetings on the home page) stays in their
 * code around the text.
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

const homeBody = `Onze ambitie: kennisuitwisseling en kennisvermeerdering, altijd met een vertaalslag naar de praktijk. Deelnemers komen niet alleen informatie halen, maar brengen ook vernieuwende ideeën. [Lees meer over het netwerk](/over-het-netwerk).`;

const accelerationBody = `## Meerwaarde voor gemeenten

Als een gemeente ondersteuning wenst bij de transformatie van één of meerdere sociale vraagstukken in het sociale domein, kan de gemeente Movisie benaderen om deel te nemen aan het traject ‘versnelling transformatie sociaal domein’. Op basis van dit verzoek vindt een intakegesprek plaats met Movisie.

## Voorwaarden voor deelname

In het intakegesprek bespreekt Movisie de voorwaarden voor een succesvolle deelname aan het traject:

{{voorwaarden-versnellingstraject}}

## Collectief profijt

Gemeenten hebben ook collectief profijt van dit programma. Movisie gaat met behulp van de Associate members kennis mobiliseren die anders vooral impliciet binnen afzonderlijke gemeenten aanwezig blijft. Die kennis verrijkt de body of knowledge over de transformatie die bij Movisie beschikbaar is en komt daarmee ook weer ten goede aan anderen.

Want het gaat natuurlijk om duurzame en positieve verandering waar kwetsbare inwoners het meest baat bij hebben!

## Contact

Wil je meer weten over de mogelijkheden voor deelname aan dit traject? Neem dan contact op met:

- Janny Bakker-Klein, voorzitter Raad van Bestuur: [j.bakker@movisie.nl](mailto:j.bakker@movisie.nl), [06-51 51 01 34](tel:0651510134)
- Lou Repetur, expert sociale innovatie: [l.repetur@movisie.nl](mailto:l.repetur@movisie.nl), [06-13 45 62 23](tel:0613456223)`;

/** What follows the table of purposes, which stays in the page's code (Markdown has no tables). */
const privacyBody = `## De ledenlijst

In de [ledenlijst](/leden) vinden deelnemers elkaar. Je staat er alleen in als je dat zelf aanzet op [Mijn gegevens](/mijn-gegevens); standaard sta je er niet in. In de lijst staan je naam, je gemeente of organisatie, je functie en de thema's die je kiest, en je e-mailadres en telefoonnummer alleen als je elk daarvan aanvinkt. Alleen wie ingelogd is en dit jaar meedoet, ziet de lijst. Zet je het weer uit, of verwijder je je account, dan verdwijn je meteen uit de lijst en wissen we wat je koos.

## Je rechten

Op [Mijn gegevens](/mijn-gegevens) zie en wijzig je je gegevens, download je alles wat we over je bewaren (inzage en overdraagbaarheid) en verwijder je je account. Verwijderen haalt je naam, e-mailadres, telefoonnummer, aanmeldingen, aanvragen voor het versnellingstraject, sessies en de berichten aan en over jou weg. De deelname en de bijdrage van je gemeente blijven bestaan: dat zijn gegevens van de gemeente, niet van jou.

## Back-ups

Om niets kwijt te raken maken we elke nacht een back-up van de website. Back-ups bewaren we 14 dagen: wat we wissen, verdwijnt daarna ook uit de back-ups.

## Bezoek aan de website

We gebruiken alleen een cookie om je ingelogd te houden, geen cookies om je te volgen, en laden niets van andere partijen.

## Vragen of een klacht

Vragen over je gegevens? [Neem contact op met de secretaris](/contact). Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.`;

const accessibilityBody = `Deze website streeft naar naleving van de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, de norm voor websites van Nederlandse overheden.

## Wat we doen

- Alle pagina’s zijn met het toetsenbord te bedienen; een link ‘Naar de inhoud’ slaat het menu over.
- Kleuren hebben voldoende contrast en de focus is altijd zichtbaar.
- Formulieren hebben labels en tonen fouten in tekst bij het veld.
- Elke wijziging wordt automatisch getoetst met axe-core in een echte browser.

## Een probleem melden

Kom je toch iets tegen dat niet werkt? [Laat het de secretaris weten](/contact).`;

export const sitePages: SeedSitePage[] = [
  {
    key: HOME_PAGE_KEY,
    title: "Wmo transformatienetwerk voor (middel)grote gemeenten",
    intro:
      "Sinds 2010 delen en vermeerderen ambtenaren van (middel)grote gemeenten hier kennis over de transformatie in het sociaal domein. Voor wie in gemeente of regio een strategische, coördinerende of leidinggevende rol heeft, en open voor collega’s van andere gemeenten, ministeries en de VNG.",
    body: homeBody,
  },
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
  {
    key: "versnellingstraject",
    title: "Versnelling transformatie sociaal domein",
    intro:
      "Gemeenten die deelnemen aan een van de trajecten van Movisie krijgen ondersteuning op proces en inhoud bij het versnellen van de transformatiedoelstellingen.",
    body: accelerationBody,
  },
  {
    key: "privacy",
    title: "Privacyverklaring",
    intro: "Het Wmo transformatienetwerk verwerkt zo min mogelijk persoonsgegevens, en alleen om het netwerk te laten werken.",
    body: privacyBody,
  },
  {
    key: "toegankelijkheid",
    title: "Toegankelijkheidsverklaring",
    intro: "Iedereen moet deze website kunnen gebruiken, ook met een beperking.",
    body: accessibilityBody,
  },
];
