import type { Metadata } from "next";
import Link from "next/link";
import { ThemeForm } from "@/components/themes/theme-form";
import { DeleteThemeForm } from "@/components/themes/delete-theme-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRecord } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { param, type SearchParams } from "@/lib/pagination/page-params";
import { getThemeForAdmin } from "@/lib/themes/queries";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Thema bewerken" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditThemePage({ params, searchParams }: Props) {
  const theme = await requireRecord(params, "/beheer/themas/[id]", (id) => getThemeForAdmin(db, id));
  const created = param(await searchParams, "opgeslagen") === "1";
  return (
    <>
      <BackLink href="/beheer/themas">Terug naar alle thema&apos;s</BackLink>
      <PageHeader
        title={`Thema bewerken: ${theme.name}`}
        intro={
          <>
            Op de website: <Link href={`/themas/${theme.slug}`}>/themas/{theme.slug}</Link>. {theme._count.meetings} bijeenkomst
            {theme._count.meetings === 1 ? "" : "en"} en {theme._count.articles} bericht{theme._count.articles === 1 ? "" : "en"} hebben dit thema.
          </>
        }
      />
      {created && <p className="mb-6 rounded bg-green-100 p-4 text-green-900">Het thema is aangemaakt.</p>}
      <ThemeForm key={theme.id} themeId={theme.id} initial={{ name: theme.name, slug: theme.slug, description: theme.description }} />
      <section aria-labelledby="verwijderen-titel" className="mt-10 max-w-2xl">
        <h2 id="verwijderen-titel">Thema verwijderen</h2>
        <p className="my-3">De bijeenkomsten en berichten blijven; ze hebben dit thema dan niet meer. De pagina /themas/{theme.slug} verdwijnt.</p>
        <DeleteThemeForm themeId={theme.id} name={theme.name} meetings={theme._count.meetings} articles={theme._count.articles} />
      </section>
    </>
  );
}
