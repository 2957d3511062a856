import type { Metadata } from "next";
import { MunicipalityForm } from "@/components/municipalities/municipality-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Gemeente toevoegen" };

export default async function NewMunicipalityPage() {
  await requireSecretary("/beheer/gemeenten/nieuw");
  return (
    <>
      <BackLink href="/beheer/gemeenten">Terug naar Gemeenten</BackLink>
      <PageHeader title="Gemeente toevoegen" />
      <MunicipalityForm />
    </>
  );
}
