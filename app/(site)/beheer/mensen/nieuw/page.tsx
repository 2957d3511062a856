import type { Metadata } from "next";
import { PersonForm } from "@/components/members/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { municipalityOptions } from "@/lib/municipalities/municipality-options";
import { db } from "@/lib/db/client";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Persoon toevoegen" };

export default async function NewPersonPage() {
  await requireSecretary("/beheer/mensen/nieuw");
  const municipalities = await municipalityOptions(db);
  return (
    <>
      <BackLink href="/beheer/mensen">Terug naar Mensen</BackLink>
      <PageHeader title="Persoon toevoegen" intro="Voor iemand die zich niet zelf aanmeldt, zoals een nieuw lid van de kernclub." />
      <PersonForm municipalities={municipalities} />
    </>
  );
}
