import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Aanmelding ontvangen", description: "We hebben je aanmelding ontvangen." };

export default function SignUpReceivedPage() {
  return (
    <>
      <PageHeader title="Bedankt voor je aanmelding" intro="We hebben je een e-mail gestuurd. Klik op de link in die e-mail om je e-mailadres te bevestigen." />
      <div className="prose-content max-w-prose">
        <p>Daarna beoordeelt de secretaris je aanmelding. Je krijgt bericht zodra die is goedgekeurd.</p>
        <p>Geen e-mail ontvangen? Kijk ook in je map met ongewenste e-mail. De link is 24 uur geldig.</p>
      </div>
    </>
  );
}
