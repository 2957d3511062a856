import { EmailLayout, EmailText } from "./email-layout";

/** The yearly renewal message to a municipality's invoicing contact (or a person with their own membership). */
export function MembershipRenewalEmail({
  contactName = "mevrouw De Vries",
  year = 2027,
  municipalities = ["Tilburg"],
  amount = "€ 500,00",
}: {
  contactName?: string | null;
  year?: number;
  municipalities?: string[];
  amount?: string | null;
}) {
  const covered = municipalities.length ? `gemeente ${municipalities.join(", gemeente ")}` : "u";
  return (
    <EmailLayout preview={`Deelname aan het Wmo transformatienetwerk in ${year}`} heading={`Deelname in ${year}`}>
      <EmailText>Beste {contactName ?? "heer of mevrouw"},</EmailText>
      <EmailText>
        Het Wmo transformatienetwerk gaat door in {year}, en {covered} doet weer mee. Alle collega&apos;s blijven welkom bij de bijeenkomsten.
      </EmailText>
      {amount && (
        <EmailText>
          De organisatiekosten zijn {amount} per gemeente voor het hele jaar. U ontvangt hiervoor binnenkort een factuur. Heeft u voor {year} een nieuw
          opdrachtnummer of inkoopordernummer, of zijn de factuurgegevens veranderd? Laat het het secretariaat weten door op dit bericht te antwoorden.
        </EmailText>
      )}
      <EmailText>Wilt u niet meer deelnemen? Laat het ons dan vóór 1 januari weten.</EmailText>
      <EmailText>Met vriendelijke groet, het secretariaat van het Wmo transformatienetwerk</EmailText>
    </EmailLayout>
  );
}
