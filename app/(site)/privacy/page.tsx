import type { Metadata } from "next";
import { SitePageBody, SitePageHeader } from "@/components/site-pages/site-page-text";
import { UNCONFIRMED_REQUEST_DAYS } from "@/lib/acceleration/confirmation-token";
import { accelerationRequestRetentionDays, describeRetention } from "@/lib/acceleration/retention";
import { db } from "@/lib/db/client";
import { loadPublicSitePage } from "@/lib/site-pages/load-public-page";

export async function generateMetadata(): Promise<Metadata> {
  const page = await loadPublicSitePage(db, "privacy");
  return {
    title: page.title,
    description: "Welke persoonsgegevens het Wmo transformatienetwerk verwerkt, waarom, op welke grondslag, wie ze ontvangt en hoe lang we ze bewaren.",
  };
}

const purposes = () => [
  {
    purpose: "Aanmelden en deelnemen aan het netwerk",
    data: "naam, e-mailadres op het werk, telefoonnummer (als je het geeft), functie, organisatie of gemeente, hoe je meedoet en voor welke bijeenkomst",
    basis: "uitvoering van de afspraak om deel te nemen (AVG art. 6 lid 1 b)",
    recipients: "de secretaris en de kernclub; niemand buiten het netwerk",
    retention: "zolang je account bestaat; je kunt het zelf verwijderen",
  },
  {
    purpose: "De ledenlijst: collega's in het netwerk vinden (alleen als je dat zelf aanzet)",
    data: "naam, gemeente of organisatie, functie, de thema's die je kiest, en je e-mailadres en telefoonnummer alleen als je elk daarvan aanvinkt",
    basis: "toestemming: standaard sta je er niet in; je zet het zelf aan op Mijn gegevens en kunt het altijd weer uitzetten (art. 6 lid 1 a)",
    recipients: "ingelogde deelnemers die dit jaar meedoen, en de secretaris; niet zichtbaar voor bezoekers van de website",
    retention: "zolang je in de lijst wilt staan: zet je het uit of verwijder je je account, dan verdwijn je meteen uit de lijst en wissen we je keuzes",
  },
  {
    purpose: "Inloggen met een link per e-mail",
    data: "e-mailadres, een versleutelde (gehashte) versie van de inloglink, een sessiecookie",
    basis: "uitvoering van de afspraak (art. 6 lid 1 b)",
    recipients: "niemand; de link gaat alleen naar jouw adres",
    retention: "een inloglink 24 uur of tot hij is gebruikt; een sessie 30 dagen of tot je uitlogt",
  },
  {
    purpose: "E-mail over je aanmelding en de bijeenkomsten",
    data: "e-mailadres, naam, de inhoud van het bericht",
    basis: "uitvoering van de afspraak (art. 6 lid 1 b)",
    recipients: "de mailserver die de berichten bezorgt",
    retention: "de inhoud tot het bericht verzonden is (een inloglink wordt pas bij het verzenden gemaakt); onderwerp en status 30 dagen",
  },
  {
    purpose: "Berichten van de secretaris tussen de bijeenkomsten door (afmelden kan in elk bericht en bij Mijn gegevens)",
    data: "e-mailadres, naam, of en wanneer je je voor berichten hebt afgemeld, per bericht de bezorgstatus",
    basis: "gerechtvaardigd belang van het netwerk om deelnemers op de hoogte te houden (art. 6 lid 1 f); je kunt altijd bezwaar maken door je af te melden",
    recipients: "de mailserver die de berichten bezorgt",
    retention: "je keuze zolang je account bestaat; onderwerp en bezorgstatus per bericht 30 dagen",
  },
  {
    purpose: "Uitnodigingen en je antwoord per bijeenkomst",
    data: "of je komt, op welke dagen, diner en overnachting, je plaats op de wachtlijst, en dieetwensen als je die geeft",
    basis:
      "uitvoering van de afspraak (art. 6 lid 1 b); dieetwensen kunnen iets zeggen over gezondheid of geloof: die geef je uitdrukkelijk zelf op (art. 9 lid 2 a)",
    recipients: "de secretaris; niemand anders ziet je dieetwensen",
    retention: "je antwoord zolang je account bestaat; dieetwensen worden 14 dagen na de bijeenkomst gewist",
  },
  {
    purpose: "Het versnellingstraject van Movisie aanvragen voor je gemeente",
    data: "gemeente, naam, functie, e-mailadres en telefoonnummer (als je het geeft) van de contactpersoon, de vraag of opgave, per voorwaarde ja of nee met een toelichting, de opdrachtgever, de status van de aanvraag en de berichten van de secretaris",
    basis: "gerechtvaardigd belang: de aanvraag van je gemeente behandelen en het intakegesprek voorbereiden (art. 6 lid 1 f)",
    recipients: "Movisie, dat het intakegesprek voert: de site stuurt het de bevestigde aanvraag; de secretaris van het netwerk",
    retention: `een aanvraag die je niet bevestigt ${UNCONFIRMED_REQUEST_DAYS} dagen; een geaccepteerde of afgewezen aanvraag ${describeRetention(accelerationRequestRetentionDays())} na het besluit; verwijder je je account, dan gaan je aanvragen mee`,
  },
  {
    purpose: "Beheer van het netwerk (logboek van wijzigingen)",
    data: "wie welke gegevens wijzigde, wanneer, en de waarden ervoor en erna",
    basis: "gerechtvaardigd belang: kunnen nagaan wie wat veranderde (art. 6 lid 1 f)",
    recipients: "de secretaris",
    retention: "zolang het record bestaat; verwijder je je account, dan gaan de regels over jou mee",
  },
  {
    purpose: "Misbruik tegengaan (maximaal aantal e-mails per adres)",
    data: "e-mailadres en IP-adres, met een teller per tijdvak",
    basis: "gerechtvaardigd belang: de site en je mailbox beschermen (art. 6 lid 1 f)",
    recipients: "niemand",
    retention: "hoogstens een dag",
  },
  {
    purpose: "Deelnamebijdrage van gemeenten",
    data: "gemeente, jaar, bedrag en status van de bijdrage; geen persoonsgegevens",
    basis: "uitvoering van de afspraak met de gemeente (art. 6 lid 1 b) en de fiscale bewaarplicht (art. 6 lid 1 c)",
    recipients: "de secretaris en de financiële administratie",
    retention: "7 jaar (fiscale bewaarplicht)",
  },
];

/**
 * The text is the secretary's (/beheer/paginas/privacy); the table of purposes is the page's own, as Markdown has no
 * tables, with the retention periods the site applies.
 */
export default async function PrivacyPage() {
  const page = await loadPublicSitePage(db, "privacy");
  return (
    <>
      <SitePageHeader page={page} />
      <div className="prose-content max-w-prose">
        <h2>Wat we verwerken en waarom</h2>
      </div>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <caption className="sr-only">Per doel: welke gegevens, op welke grondslag, wie ze ontvangt en hoe lang we ze bewaren</caption>
          <thead>
            <tr className="border-b-2 border-brand-700">
              {["Doel", "Gegevens", "Grondslag", "Ontvangers", "Bewaartermijn"].map((header) => (
                <th key={header} scope="col" className="p-2">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {purposes().map((row) => (
              <tr key={row.purpose} className="border-b border-neutral-300 align-top">
                <th scope="row" className="p-2 font-semibold">
                  {row.purpose}
                </th>
                <td className="p-2">{row.data}</td>
                <td className="p-2">{row.basis}</td>
                <td className="p-2">{row.recipients}</td>
                <td className="p-2">{row.retention}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-8">
        <SitePageBody page={page} />
      </div>
    </>
  );
}
