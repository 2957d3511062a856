import { EmailButton, EmailLayout, EmailText } from "./email-layout";

type Props = { municipalityName?: string; url?: string };

/** To the secretaries when a request is confirmed; it names the municipality only, so it holds nobody's personal data. */
export function NewAccelerationRequestEmail({ municipalityName = "Tilburg", url = "https://example.nl/beheer/versnellingstraject" }: Props) {
  return (
    <EmailLayout preview={`Nieuwe aanvraag versnellingstraject: gemeente ${municipalityName}`} heading="Nieuwe aanvraag voor het versnellingstraject">
      <EmailText>Gemeente {municipalityName} vraagt het versnellingstraject van Movisie aan. De aanvrager heeft het e-mailadres bevestigd.</EmailText>
      <EmailButton href={url}>Bekijk de aanvraag</EmailButton>
    </EmailLayout>
  );
}
