import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { FilterSelect } from "@/components/admin/filter-select";
import { SearchForm } from "@/components/admin/search-form";
import { MunicipalitiesTable } from "@/components/municipalities/municipalities-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { currentYear } from "@/lib/members/current-year";
import { listMunicipalities } from "@/lib/municipalities/list-municipalities";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Gemeenten" };

export default async function MunicipalitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/gemeenten");
  const params = await searchParams;
  const q = param(params, "q");
  const year = param(params, "jaar");
  const municipalities = await listMunicipalities({ q, year, page: pageOf(params) });
  const thisYear = currentYear();
  const yearOptions = Object.fromEntries([thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((option) => [String(option), `Doet mee in ${option}`]));
  return (
    <>
      <PageHeader title="Gemeenten" intro="De gemeenten van het netwerk, met de jaren waarin ze meededen." />
      <p className="mb-6">
        <Link href="/beheer/gemeenten/nieuw" className="button">
          Gemeente toevoegen
        </Link>
      </p>
      <SearchForm action="/beheer/gemeenten" label="Zoek op naam" query={q}>
        <FilterSelect name="jaar" label="Deelname" allLabel="Alle gemeenten" options={yearOptions} value={year} />
      </SearchForm>
      <p className="mb-6">
        <a href={`/beheer/gemeenten/export?${new URLSearchParams({ q, jaar: year })}`}>Download deze lijst (CSV voor Excel)</a>
      </p>
      <MunicipalitiesTable
        municipalities={municipalities.items}
        year={municipalities.year}
        caption={q || year ? "Gevonden gemeenten" : "Alle gemeenten"}
        empty={q || year ? "Geen gemeente gevonden. Probeer een andere zoekterm of deelname." : "Er zijn nog geen gemeenten."}
      />
      <Pagination
        page={municipalities.page}
        pageCount={municipalities.pageCount}
        total={municipalities.total}
        basePath="/beheer/gemeenten"
        query={{ q, jaar: year }}
      />
    </>
  );
}
