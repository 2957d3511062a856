import type { Metadata } from "next";
import { AdminListPage } from "@/components/admin/admin-list-page";
import { FilterSelect } from "@/components/admin/filter-select";
import { MunicipalitiesTable } from "@/components/municipalities/municipalities-table";
import { requireSecretary } from "@/lib/auth/guards";
import { currentYear } from "@/lib/members/current-year";
import { listMunicipalities } from "@/lib/municipalities/list-municipalities";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Gemeenten" };

export default async function MunicipalitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/gemeenten");
  const params = await searchParams;
  const q = param(params, "q");
  const year = param(params, "jaar");
  const municipalities = await listMunicipalities(db, { q, year, page: pageOf(params) });
  const thisYear = currentYear();
  const yearOptions = Object.fromEntries([thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((option) => [String(option), `Doet mee in ${option}`]));
  return (
    <AdminListPage
      title="Gemeenten"
      intro="De gemeenten van het netwerk, met de jaren waarin ze meededen."
      basePath="/beheer/gemeenten"
      addLabel="Gemeente toevoegen"
      searchLabel="Zoek op naam"
      query={{ q, jaar: year }}
      filters={<FilterSelect name="jaar" label="Deelname" allLabel="Alle gemeenten" options={yearOptions} value={year} />}
      exportable
      list={municipalities}
    >
      <MunicipalitiesTable
        municipalities={municipalities.items}
        year={municipalities.year}
        caption={q || year ? "Gevonden gemeenten" : "Alle gemeenten"}
        empty={q || year ? "Geen gemeente gevonden. Probeer een andere zoekterm of deelname." : "Er zijn nog geen gemeenten."}
      />
    </AdminListPage>
  );
}
