import type { Metadata } from "next";
import Link from "next/link";
import { MunicipalityForm } from "@/components/municipalities/municipality-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Gemeente toevoegen" };

export default async function NewMunicipalityPage() {
  await requireSecretary("/beheer/gemeenten/nieuw");
  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/gemeenten">Terug naar Gemeenten</Link>
      </p>
      <PageHeader title="Gemeente toevoegen" />
      <MunicipalityForm />
    </>
  );
}
