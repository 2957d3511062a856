import { EmailLayout, EmailText } from "./email-layout";

type Condition = { condition: string; met: boolean; explanation: string };

type Props = {
  municipalityName?: string;
  contactName?: string;
  contactRole?: string;
  email?: string;
  phone?: string | null;
  client?: string;
  question?: string;
  conditions?: Condition[];
};

/** To Movisie, which runs the intake: the whole request as the municipality wrote it, to answer the requester directly. */
export function AccelerationRequestForMovisieEmail({
  municipalityName = "Tilburg",
  contactName = "Anna de Vries",
  contactRole = "Strategisch beleidsadviseur sociaal domein",
  email = "anna@tilburg.nl",
  phone = "013 123 45 67",
  client = "Directeur sociaal domein",
  question = "Hoe versnellen we de ambulantisering van de ggz in onze wijken?",
  conditions = [{ condition: "Het vraagstuk gaat over een gewenst maatschappelijk effect.", met: true, explanation: "Wonen in de wijk." }],
}: Props) {
  const heading = `Aanvraag versnellingstraject: gemeente ${municipalityName}`;
  return (
    <EmailLayout preview={heading} heading={heading}>
      <EmailText>
        Gemeente {municipalityName} vraagt het traject ‘versnelling transformatie sociaal domein’ aan via de website van het Wmo transformatienetwerk. De
        aanvrager heeft het e-mailadres bevestigd. Movisie voert het intakegesprek; de secretaris van het netwerk weet van de aanvraag.
      </EmailText>
      <EmailText>
        Aanvrager: {contactName}, {contactRole}, {email}
        {phone ? `, ${phone}` : ""}.
      </EmailText>
      <EmailText>Opdrachtgever: {client}.</EmailText>
      <EmailText>Vraagstuk: {question}</EmailText>
      {conditions.map(({ condition, met, explanation }, index) => (
        <EmailText key={index}>
          Voorwaarde {index + 1}: {condition} {met ? "Geldt volgens de aanvrager." : "Geldt volgens de aanvrager (nog) niet."}
          {explanation ? ` Toelichting: ${explanation}` : ""}
        </EmailText>
      ))}
    </EmailLayout>
  );
}
