import { EmailButton, EmailLayout, EmailLinkText, EmailText } from "./email-layout";

export function SignInLinkEmail({ url = "https://example.nl/api/auth/callback/nodemailer?token=voorbeeld" }: { url?: string }) {
  return (
    <EmailLayout preview="Je inloglink voor het Wmo transformatienetwerk" heading="Inloggen">
      <EmailText>Je vroeg om een link om in te loggen op de website van het Wmo transformatienetwerk.</EmailText>
      <EmailButton href={url}>Log in</EmailButton>
      <EmailLinkText href={url} />
      <EmailText>De link werkt één keer en is 24 uur geldig. Heb je niet om deze link gevraagd? Dan kun je deze e-mail negeren.</EmailText>
    </EmailLayout>
  );
}
