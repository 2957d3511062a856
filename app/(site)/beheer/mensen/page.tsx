import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { SearchForm } from "@/components/admin/search-form";
import { PeopleFilters } from "@/components/members/people-filters";
import { PeopleTable } from "@/components/members/people-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { listPeople } from "@/lib/members/list-people";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Mensen" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/mensen");
  const params = await searchParams;
  const filter = { q: param(params, "q"), role: param(params, "rol"), status: param(params, "status"), page: pageOf(params) };
  const people = await listPeople(db, filter);
  const filtered = Boolean(filter.q || filter.role || filter.status);
  return (
    <>
      <PageHeader title="Mensen" intro="Iedereen met een account: deelnemers, gasten, de kernclub en de secretaris." />
      <p className="mb-6">
        <Link href="/beheer/mensen/nieuw" className="button">
          Persoon toevoegen
        </Link>
      </p>
      <SearchForm action="/beheer/mensen" label="Zoek op naam, e-mailadres of gemeente" query={filter.q}>
        <PeopleFilters role={filter.role} status={filter.status} />
      </SearchForm>
      <p className="mb-6">
        <a href={`/beheer/mensen/export?${new URLSearchParams({ q: filter.q, rol: filter.role, status: filter.status })}`}>
          Download deze lijst (CSV voor Excel)
        </a>
      </p>
      <PeopleTable
        people={people.items}
        caption={filtered ? "Gevonden mensen" : "Alle mensen"}
        empty={filtered ? "Niemand gevonden. Probeer een andere zoekterm of filter." : "Er zijn nog geen mensen."}
      />
      <Pagination
        page={people.page}
        pageCount={people.pageCount}
        total={people.total}
        basePath="/beheer/mensen"
        query={{ q: filter.q, rol: filter.role, status: filter.status }}
      />
    </>
  );
}
