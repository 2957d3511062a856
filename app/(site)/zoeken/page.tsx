import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { SearchForm } from "@/components/forms/search-form";
import { SearchResults } from "@/components/search/search-results";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";
import { RANKED_AT_MOST, SEARCH_PAGE_SIZE, searchSite } from "@/lib/search/search-site";

export const metadata: Metadata = {
  title: "Zoeken",
  description: "Zoek in de bijeenkomsten, verslagen, thema's en pagina's van het Wmo transformatienetwerk.",
  // A page of results is no page of its own for a search engine.
  robots: { index: false, follow: true },
};

/** The site search: a GET form, so it works without JavaScript and a search can be bookmarked. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const query = param(params, "q");
  const page = pageOf(params);
  const user = await currentUser();
  const search = query ? await searchSite(db, query, { readerId: user?.id ?? null, page }) : null;
  const signIn = `/inloggen?terug=${encodeURIComponent(`/zoeken?q=${encodeURIComponent(query)}`)}`;
  return (
    <>
      <PageHeader title="Zoeken" intro="Zoek in de bijeenkomsten, het nieuws en de verslagen, de thema's en de pagina's van het netwerk." />
      <div className="max-w-3xl">
        <SearchForm action="/zoeken" label="Zoekwoorden" query={query} hint='Bijvoorbeeld: beschermd wonen, inkoop of "sociale basis".' />
      </div>
      {search && (
        <section aria-labelledby="resultaten-titel" className="max-w-3xl">
          <h2 id="resultaten-titel" className="sr-only">
            Resultaten
          </h2>
          <p role="status" className="mb-6">
            {search.total === 0
              ? `Niets gevonden voor “${query}”. Probeer andere of minder woorden.`
              : `${search.total.toLocaleString("nl-NL")} ${search.total === 1 ? "resultaat" : "resultaten"} voor “${query}”.`}
          </p>
          {search.total > RANKED_AT_MOST && (
            <p className="mb-6">
              Hieronder staan de {RANKED_AT_MOST.toLocaleString("nl-NL")} nieuwste, de best passende eerst. Voeg een woord toe om gerichter te zoeken.
            </p>
          )}
          {!search.withDocuments && (
            <p className="mb-6 text-sm text-neutral-700">
              {user ? (
                <>
                  De documenten van de bijeenkomsten doorzoek je als deelnemer die dit jaar meedoet. Lees hoe je kunt <Link href="/deelnemen">deelnemen</Link>.
                </>
              ) : (
                <>
                  De documenten van de bijeenkomsten doorzoek je als deelnemer: <Link href={signIn}>log in</Link> om ook daarin te zoeken.
                </>
              )}
            </p>
          )}
          <SearchResults results={search.items} start={(page - 1) * SEARCH_PAGE_SIZE + 1} />
          {search.pageCount > 1 && <Pagination page={page} pageCount={search.pageCount} total={search.total} basePath="/zoeken" query={{ q: query }} />}
        </section>
      )}
    </>
  );
}
