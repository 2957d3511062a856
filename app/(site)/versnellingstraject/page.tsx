import type { Metadata } from "next";
import Link from "next/link";
import { AccelerationRequestForm } from "@/components/acceleration/request-form";
import { PageHeader } from "@/components/ui/page-header";
import { accelerationConditions } from "@/lib/acceleration/conditions";

export const metadata: Metadata = {
  title: "Versnellingstraject van Movisie",
  description:
    "Het traject ‘versnelling transformatie sociaal domein’ van Movisie: meerwaarde voor gemeenten, de zes voorwaarden uit het intakegesprek, contact en online aanvragen.",
};

const contacts = [
  { name: "Janny Bakker-Klein", role: "voorzitter Raad van Bestuur", email: "j.bakker@movisie.nl", phone: "06-51 51 01 34" },
  { name: "Lou Repetur", role: "expert sociale innovatie", email: "l.repetur@movisie.nl", phone: "06-13 45 62 23" },
];

export default function AccelerationPage() {
  return (
    <>
      <PageHeader
        title="Versnelling transformatie sociaal domein"
        intro="Gemeenten die deelnemen aan een van de trajecten van Movisie krijgen ondersteuning op proces en inhoud bij het versnellen van de transformatiedoelstellingen."
      />
      <div className="prose-content max-w-prose">
        <h2>Meerwaarde voor gemeenten</h2>
        <p>
          Als een gemeente ondersteuning wenst bij de transformatie van één of meerdere sociale vraagstukken in het sociale domein, kan de gemeente Movisie
          benaderen om deel te nemen aan het traject ‘versnelling transformatie sociaal domein’. Op basis van dit verzoek vindt een intakegesprek plaats met
          Movisie.
        </p>
        <h2>Voorwaarden voor deelname</h2>
        <p>In het intakegesprek bespreekt Movisie de voorwaarden voor een succesvolle deelname aan het traject:</p>
        <ol>
          {accelerationConditions.map((condition) => (
            <li key={condition}>{condition}</li>
          ))}
        </ol>
        <h2>Collectief profijt</h2>
        <p>
          Gemeenten hebben ook collectief profijt van dit programma. Movisie gaat met behulp van de Associate members kennis mobiliseren die anders vooral
          impliciet binnen afzonderlijke gemeenten aanwezig blijft. Die kennis verrijkt de body of knowledge over de transformatie die bij Movisie beschikbaar
          is en komt daarmee ook weer ten goede aan anderen.
        </p>
        <p>Want het gaat natuurlijk om duurzame en positieve verandering waar kwetsbare inwoners het meest baat bij hebben!</p>
        <h2>Contact</h2>
        <p>Wil je meer weten over de mogelijkheden voor deelname aan dit traject? Neem dan contact op met:</p>
        <ul>
          {contacts.map((contact) => (
            <li key={contact.email}>
              {contact.name}, {contact.role}: <a href={`mailto:${contact.email}`}>{contact.email}</a>,{" "}
              <a href={`tel:${contact.phone.replace(/[^\d]/g, "")}`}>{contact.phone}</a>
            </li>
          ))}
        </ul>
      </div>
      <section aria-labelledby="aanvragen-titel" className="mt-10">
        <div className="prose-content max-w-prose">
          <h2 id="aanvragen-titel">Het traject aanvragen</h2>
          <p>
            Vraag het traject hier aan voor je gemeente. Je krijgt een e-mail met een link om je aanvraag te bevestigen. Daarna gaat je aanvraag naar Movisie,
            dat het intakegesprek met je voert; de secretaris van het netwerk krijgt er bericht van en houdt je op de hoogte: je krijgt bericht zodra het
            intakegesprek wordt gepland, en na het besluit. Lees ook onze <Link href="/privacy">privacyverklaring</Link>.
          </p>
        </div>
        {/* Cached: every visitor until the page is renewed gets this id; a request is one per id and address (lib/acceleration/submit-request.ts). */}
        <AccelerationRequestForm submissionId={crypto.randomUUID()} />
      </section>
    </>
  );
}
