import type { Metadata } from "next";
import Link from "next/link";
import { ThemeForm } from "@/components/themes/theme-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Nieuw thema" };

export default async function NewThemePage() {
  await requireSecretary("/beheer/themas/nieuw");
  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/themas">Terug naar alle thema&apos;s</Link>
      </p>
      <PageHeader title="Nieuw thema" intro="Het thema staat meteen op de website, op /themas." />
      <ThemeForm initial={{ name: "", slug: "", description: "" }} />
    </>
  );
}
