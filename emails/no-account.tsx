import { EmailButton, EmailLayout, EmailLinkText, EmailText } from "./email-layout";

export function NoAccountEmail({ signUpUrl = "https://example.nl/aanmelden" }: { signUpUrl?: string }) {
  return (
    <EmailLayout preview="Er is nog geen account met dit e-mailadres" heading="Nog geen account">
      <EmailText>
        Iemand vroeg met dit e-mailadres om in te loggen op de website van het Wmo transformatienetwerk. Er is nog geen account met dit adres. Wil je meedoen?
        Meld je dan aan.
      </EmailText>
      <EmailButton href={signUpUrl}>Meld je aan</EmailButton>
      <EmailLinkText href={signUpUrl} />
      <EmailText>Heb je niet om inloggen gevraagd? Dan kun je deze e-mail negeren.</EmailText>
    </EmailLayout>
  );
}
