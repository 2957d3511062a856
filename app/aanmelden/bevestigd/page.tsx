import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "E-mailadres bevestigd", description: "Je e-mailadres is bevestigd." };

export default function SignUpConfirmedPage() {
  return (
    <>
      <PageHeader title="Je e-mailadres is bevestigd" intro="Dank je wel. De secretaris beoordeelt nu je aanmelding; je hoort van ons." />
      <p className="max-w-prose">
        Je bent ingelogd. Bekijk <Link href="/mijn-gegevens">je gegevens</Link> of de <Link href="/agenda">agenda</Link>.
      </p>
    </>
  );
}
