import type { Metadata } from "next";
import { ThemeForm } from "@/components/themes/theme-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Nieuw thema" };

export default async function NewThemePage() {
  await requireSecretary("/beheer/themas/nieuw");
  return (
    <>
      <BackLink href="/beheer/themas">Terug naar alle thema&apos;s</BackLink>
      <PageHeader title="Nieuw thema" intro="Het thema staat meteen op de website, op /themas." />
      <ThemeForm initial={{ name: "", slug: "", description: "" }} />
    </>
  );
}
