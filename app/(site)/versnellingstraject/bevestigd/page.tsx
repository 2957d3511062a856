import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Aanvraag bevestigd",
  description: "Je aanvraag voor het versnellingstraject is bevestigd.",
  robots: { index: false },
};

export default function AccelerationRequestConfirmedPage() {
  return (
    <>
      <PageHeader
        title="Je aanvraag is bevestigd"
        intro="Dank je wel. De secretaris van het netwerk bekijkt je aanvraag; je krijgt per e-mail bericht over het intakegesprek met Movisie."
      />
      <p className="max-w-prose">
        Lees intussen meer over <Link href="/versnellingstraject">het versnellingstraject</Link> of bekijk de <Link href="/agenda">agenda</Link> van het
        netwerk.
      </p>
    </>
  );
}
