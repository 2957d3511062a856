import type { Metadata } from "next";
import Link from "next/link";
import { PersonForm } from "@/components/members/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { municipalityOptions } from "@/lib/municipalities/municipality-options";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Persoon toevoegen" };

export default async function NewPersonPage() {
  await requireSecretary("/beheer/mensen/nieuw");
  const municipalities = await municipalityOptions(db);
  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/mensen">Terug naar Mensen</Link>
      </p>
      <PageHeader title="Persoon toevoegen" intro="Voor iemand die zich niet zelf aanmeldt, zoals een nieuw lid van de kernclub." />
      <PersonForm municipalities={municipalities} />
    </>
  );
}
