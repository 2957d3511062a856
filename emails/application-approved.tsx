import { EmailButton, EmailLayout, EmailText } from "./email-layout";

type Props = { name?: string; participation?: string; message?: string | null; signInUrl?: string };

export function ApplicationApprovedEmail({
  name = "Anna de Vries",
  participation = "Je doet dit jaar mee.",
  message = null,
  signInUrl = "https://example.nl/inloggen",
}: Props) {
  return (
    <EmailLayout preview="Je aanmelding is goedgekeurd" heading="Welkom bij het Wmo transformatienetwerk">
      <EmailText>Beste {name},</EmailText>
      <EmailText>De secretaris heeft je aanmelding goedgekeurd. {participation}</EmailText>
      {message && <EmailText>{message}</EmailText>}
      <EmailButton href={signInUrl}>Log in</EmailButton>
    </EmailLayout>
  );
}
