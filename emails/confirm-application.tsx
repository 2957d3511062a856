import { EmailButton, EmailLayout, EmailLinkText, EmailText } from "./email-layout";

type Props = { name?: string; participation?: string; url?: string };

export function ConfirmApplicationEmail({
  name = "Anna de Vries",
  participation = "Je doet dit jaar mee.",
  url = "https://example.nl/api/auth/callback/nodemailer?token=voorbeeld",
}: Props) {
  return (
    <EmailLayout preview="Bevestig je aanmelding bij het Wmo transformatienetwerk" heading="Bevestig je aanmelding">
      <EmailText>Beste {name},</EmailText>
      <EmailText>Dank voor je aanmelding bij het Wmo transformatienetwerk. {participation}</EmailText>
      <EmailText>Bevestig je e-mailadres met de knop hieronder. Daarna beoordeelt de secretaris je aanmelding; je hoort van ons.</EmailText>
      <EmailButton href={url}>Bevestig mijn e-mailadres</EmailButton>
      <EmailLinkText href={url} />
      <EmailText>De link werkt één keer en is 24 uur geldig.</EmailText>
    </EmailLayout>
  );
}
