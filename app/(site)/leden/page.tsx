import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "@/components/admin/filter-select";
import { DirectoryList } from "@/components/directory/directory-list";
import { JoinAdvice } from "@/components/members/join-advice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { loadDirectoryPage } from "@/lib/directory/load-directory-page";
import { coverageSentence } from "@/lib/members/labels";
import { param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Ledenlijst", description: "Collega's in het netwerk vinden, op thema en gemeente." };

type Props = { searchParams: Promise<SearchParams> };

/**
 * The members' directory: only for signed-in readers with a member's rights this year; it depends on the reader,
 * so it is rendered per request and not among the kept pages. The filters are a plain GET form.
 */
export default async function DirectoryPage({ searchParams }: Props) {
  const user = await requireUser("/leden");
  const query = await searchParams;
  const filters = { theme: param(query, "thema"), municipality: param(query, "gemeente") };
  const page = await loadDirectoryPage(db, user.id, filters);
  const intro = "Collega's uit het netwerk die zelf hebben gekozen hier te staan, met de thema's waar ze aan werken en hoe je ze bereikt.";
  if (!page.allowed) {
    return (
      <>
        <PageHeader title="Ledenlijst" intro={intro} />
        <div className="max-w-prose">
          <p>De ledenlijst is er alleen voor deelnemers die dit jaar meedoen. {coverageSentence(page.coverage, page.year)}</p>
          {page.coverage.kind === "none" && <JoinAdvice municipal={page.coverage.municipalityName !== null} />}
        </div>
      </>
    );
  }
  const filtered = Boolean(filters.theme || filters.municipality);
  return (
    <>
      <PageHeader title="Ledenlijst" intro={intro} />
      <p className="mb-6 max-w-prose">
        Zelf in de lijst staan, of er weer uit? Dat kies je op <Link href="/mijn-gegevens">Mijn gegevens</Link>. Gebruik de gegevens alleen om collega&apos;s te
        benaderen over het werk.
      </p>
      <form method="get" action="/leden" role="search" aria-label="Ledenlijst filteren" className="mb-8 flex flex-wrap items-end gap-4">
        <FilterSelect
          name="thema"
          label="Thema"
          allLabel="Alle thema's"
          options={Object.fromEntries(page.themes.map((theme) => [theme.slug, theme.name]))}
          value={filters.theme}
        />
        <FilterSelect
          name="gemeente"
          label="Gemeente"
          allLabel="Alle gemeenten"
          options={Object.fromEntries(page.municipalities.map((municipality) => [municipality.slug, municipality.name]))}
          value={filters.municipality}
        />
        <button type="submit" className="button">
          Filter
        </button>
        {filtered && <Link href="/leden">Alle collega&apos;s tonen</Link>}
      </form>
      <section aria-labelledby="resultaten-titel">
        <h2 id="resultaten-titel" className="mb-4">
          {page.entries.length === 1 ? "1 collega" : `${page.entries.length} collega's`}
          {filtered && " gevonden"}
        </h2>
        {page.entries.length === 0 ? (
          <p>{filtered ? "Niemand in de lijst past bij dit filter." : "Er staat nog niemand in de ledenlijst."}</p>
        ) : (
          <DirectoryList entries={page.entries} />
        )}
      </section>
    </>
  );
}
