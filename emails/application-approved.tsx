import { EmailButton, EmailLayout, EmailText } from "./email-layout";

export function ApplicationApprovedEmail({ name = "Anna de Vries", participation = "Je doet dit jaar mee.", signInUrl = "https://example.nl/inloggen" }) {
  return (
    <EmailLayout preview="Je aanmelding is goedgekeurd" heading="Welkom bij het Wmo transformatienetwerk">
      <EmailText>Beste {name},</EmailText>
      <EmailText>De secretaris heeft je aanmelding goedgekeurd. {participation}</EmailText>
      <EmailButton href={signInUrl}>Log in</EmailButton>
    </EmailLayout>
  );
}
