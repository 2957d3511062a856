import type { Metadata } from "next";
import { AdminListPage } from "@/components/admin/admin-list-page";
import { PeopleFilters } from "@/components/members/people-filters";
import { PeopleTable } from "@/components/members/people-table";
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
    <AdminListPage
      title="Mensen"
      intro="Iedereen met een account: deelnemers, gasten, de kernclub en de secretaris."
      basePath="/beheer/mensen"
      addLabel="Persoon toevoegen"
      searchLabel="Zoek op naam, e-mailadres of gemeente"
      query={{ q: filter.q, rol: filter.role, status: filter.status }}
      filters={<PeopleFilters role={filter.role} status={filter.status} />}
      exportable
      list={people}
    >
      <PeopleTable
        people={people.items}
        caption={filtered ? "Gevonden mensen" : "Alle mensen"}
        empty={filtered ? "Niemand gevonden. Probeer een andere zoekterm of filter." : "Er zijn nog geen mensen."}
      />
    </AdminListPage>
  );
}
