import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { createMeetingAction } from "@/lib/meetings/admin-actions";
import { municipalityOptions } from "@/lib/municipalities/municipality-options";
import { listThemeOptions } from "@/lib/themes/queries";
import { db } from "@/lib/db/client";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Nieuwe bijeenkomst" };

const empty = { kind: "MEETING", timesKnown: "ja", status: "concept" };

export default async function NewMeetingPage() {
  await requireSecretary("/beheer/bijeenkomsten/nieuw");
  const [municipalities, themes] = await Promise.all([municipalityOptions(db), listThemeOptions(db)]);
  return (
    <>
      <BackLink href="/beheer/bijeenkomsten">Terug naar de bijeenkomsten</BackLink>
      <PageHeader title="Nieuwe bijeenkomst" intro="Na het opslaan voeg je op de pagina van de bijeenkomst agendapunten en documenten toe." />
      <MeetingForm action={createMeetingAction} initial={empty} municipalities={municipalities} themes={themes} submitLabel="Bijeenkomst opslaan" />
    </>
  );
}
