import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { UNCONFIRMED_REQUEST_DAYS } from "@/lib/acceleration/confirmation-token";

export const metadata: Metadata = {
  title: "Aanvraag ontvangen",
  description: "We hebben je aanvraag voor het versnellingstraject ontvangen.",
  robots: { index: false },
};

export default function AccelerationRequestReceivedPage() {
  return (
    <>
      <PageHeader title="Bedankt voor je aanvraag" intro="We hebben je een e-mail gestuurd. Open de link in die e-mail om je aanvraag te bevestigen." />
      <div className="prose-content max-w-prose">
        <p>Pas na je bevestiging ziet de secretaris van het netwerk je aanvraag. Je krijgt bericht zodra het intakegesprek met Movisie wordt gepland.</p>
        <p>
          Geen e-mail ontvangen? Kijk ook in je map met ongewenste e-mail. De link is {UNCONFIRMED_REQUEST_DAYS} dagen geldig; een aanvraag die niet bevestigd
          wordt, wissen we daarna.
        </p>
      </div>
    </>
  );
}
