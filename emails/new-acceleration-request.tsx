import { EmailButton, EmailLayout, EmailText } from "./email-layout";

type Props = { municipalityName?: string; forwardedTo?: string | null; url?: string };

/** To the secretaries when a request is confirmed; it names the municipality only, so it holds nobody's personal data. */
export function NewAccelerationRequestEmail({
  municipalityName = "Tilburg",
  forwardedTo = "versnelling@movisie.example",
  url = "https://example.nl/beheer/versnellingstraject",
}: Props) {
  return (
    <EmailLayout preview={`Nieuwe aanvraag versnellingstraject: gemeente ${municipalityName}`} heading="Nieuwe aanvraag voor het versnellingstraject">
      <EmailText>Gemeente {municipalityName} vraagt het versnellingstraject van Movisie aan. De aanvrager heeft het e-mailadres bevestigd.</EmailText>
      <EmailText>
        {forwardedTo
          ? `De aanvraag is doorgestuurd naar Movisie (${forwardedTo}), dat het intakegesprek voert.`
          : "De site kent geen adres van Movisie (MOVISIE_EMAIL is niet ingesteld): stuur de aanvraag zelf door naar Movisie, dat het intakegesprek voert."}
      </EmailText>
      <EmailButton href={url}>Bekijk de aanvraag</EmailButton>
    </EmailLayout>
  );
}
