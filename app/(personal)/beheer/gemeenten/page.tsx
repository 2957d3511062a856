import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { SearchForm } from "@/components/admin/search-form";
import { MunicipalitiesTable } from "@/components/municipalities/municipalities-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { listMunicipalities } from "@/lib/municipalities/list-municipalities";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Gemeenten" };

export default async function MunicipalitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/gemeenten");
  const params = await searchParams;
  const q = param(params, "q");
  const municipalities = await listMunicipalities({ q, page: pageOf(params) });
  return (
    <>
      <PageHeader title="Gemeenten" intro="De gemeenten van het netwerk, met de jaren waarin ze meededen." />
      <p className="mb-6">
        <Link href="/beheer/gemeenten/nieuw" className="button">
          Gemeente toevoegen
        </Link>
      </p>
      <SearchForm action="/beheer/gemeenten" label="Zoek op naam" query={q} />
      {municipalities.items.length ? (
        <MunicipalitiesTable municipalities={municipalities.items} year={municipalities.year} caption={q ? "Gevonden gemeenten" : "Alle gemeenten"} />
      ) : (
        <p>{q ? "Geen gemeente gevonden. Probeer een andere zoekterm." : "Er zijn nog geen gemeenten."}</p>
      )}
      <Pagination page={municipalities.page} pageCount={municipalities.pageCount} total={municipalities.total} basePath="/beheer/gemeenten" query={{ q }} />
    </>
  );
}
