import { EmailLayout, EmailText } from "./email-layout";

type Props = { heading?: string; contactName?: string; message?: string; note?: string; contactEmail?: string };

/** The requester's mail at each step of a versnellingstraject request, with the secretary's note. */
export function AccelerationRequestStepEmail({
  heading = "Intakegesprek voor het versnellingstraject",
  contactName = "Anna de Vries",
  message = "Voor de aanvraag van gemeente Tilburg wordt een intakegesprek met Movisie gepland.",
  note = "Het intakegesprek is op dinsdag 3 maart om 10.00 uur.",
  contactEmail = "secretariaat@example.nl",
}: Props) {
  return (
    <EmailLayout preview={heading} heading={heading}>
      <EmailText>Beste {contactName},</EmailText>
      <EmailText>{message}</EmailText>
      {note.split(/\n+/).map((line, index) => (
        <EmailText key={index}>{line}</EmailText>
      ))}
      <EmailText>Heb je een vraag? Mail dan naar {contactEmail}.</EmailText>
    </EmailLayout>
  );
}
