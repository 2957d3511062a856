import { EmailLayout, EmailText } from "./email-layout";

type Props = { name?: string; message?: string | null; contactEmail?: string };

export function ApplicationRejectedEmail({ name = "Anna de Vries", message = null, contactEmail = "secretariaat@example.nl" }: Props) {
  return (
    <EmailLayout preview="Over je aanmelding bij het Wmo transformatienetwerk" heading="Over je aanmelding">
      <EmailText>Beste {name},</EmailText>
      <EmailText>De secretaris heeft je aanmelding bij het Wmo transformatienetwerk niet goedgekeurd.</EmailText>
      {message && <EmailText>{message}</EmailText>}
      <EmailText>Heb je een vraag? Mail dan naar {contactEmail}.</EmailText>
    </EmailLayout>
  );
}
