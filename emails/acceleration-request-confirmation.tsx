import { EmailButton, EmailLayout, EmailLinkText, EmailText } from "./email-layout";

type Props = { contactName?: string; municipalityName?: string; url?: string; validDays?: number };

export function AccelerationRequestConfirmationEmail({
  contactName = "Anna de Vries",
  municipalityName = "Tilburg",
  url = "https://example.nl/versnellingstraject/bevestigen?token=voorbeeld",
  validDays = 30,
}: Props) {
  return (
    <EmailLayout preview="Bevestig je aanvraag voor het versnellingstraject" heading="Bevestig je aanvraag">
      <EmailText>Beste {contactName},</EmailText>
      <EmailText>
        Je vroeg voor gemeente {municipalityName} het traject ‘versnelling transformatie sociaal domein’ van Movisie aan. Bevestig je aanvraag met de knop
        hieronder; pas daarna ziet de secretaris van het netwerk haar.
      </EmailText>
      <EmailButton href={url}>Bevestig mijn aanvraag</EmailButton>
      <EmailLinkText href={url} />
      <EmailText>
        De link werkt één keer en {validDays} dagen lang. Heb je niets aangevraagd? Dan hoef je niets te doen: een aanvraag die niet bevestigd wordt, wissen we
        na {validDays} dagen.
      </EmailText>
    </EmailLayout>
  );
}
