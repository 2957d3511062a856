import { EmailButton, EmailLayout, EmailLinkText, EmailText } from "./email-layout";

export function WelcomeEmail({ name = "Anna de Vries", signInUrl = "https://example.nl/inloggen/link?token=voorbeeld" }) {
  return (
    <EmailLayout preview="Je hebt een account bij het Wmo transformatienetwerk" heading="Welkom bij het Wmo transformatienetwerk">
      <EmailText>Beste {name},</EmailText>
      <EmailText>
        De secretaris van het netwerk heeft een account voor je gemaakt. Daarmee zie je je gegevens, je deelname en de bijeenkomsten waar je naartoe gaat.
      </EmailText>
      <EmailText>Met de knop hieronder log je meteen in. De link werkt één keer en 24 uur lang; daarna vraag je op de site een nieuwe aan.</EmailText>
      <EmailButton href={signInUrl}>Log in</EmailButton>
      <EmailLinkText href={signInUrl} />
    </EmailLayout>
  );
}
