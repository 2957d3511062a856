import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { FilterSelect } from "@/components/admin/filter-select";
import { SearchForm } from "@/components/admin/search-form";
import { AdminMeetingTable } from "@/components/meetings/admin-meeting-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { isMeetingFilter, listMeetingsForAdmin, meetingFilters } from "@/lib/meetings/admin-queries";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Bijeenkomsten" };

export default async function AdminMeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/bijeenkomsten");
  const params = await searchParams;
  const query = param(params, "q");
  const rawFilter = param(params, "filter");
  const filter = isMeetingFilter(rawFilter) ? rawFilter : "";
  const result = await listMeetingsForAdmin(db, { query, filter, page: pageOf(params) });
  return (
    <>
      <PageHeader title="Bijeenkomsten" intro="Alle bijeenkomsten, ook concepten en afgelaste, de nieuwste eerst." />
      <p className="mb-6">
        <Link href="/beheer/bijeenkomsten/nieuw" className="button">
          Nieuwe bijeenkomst
        </Link>
      </p>
      <SearchForm action="/beheer/bijeenkomsten" label="Zoek op titel" query={query}>
        <FilterSelect name="filter" label="Toon" allLabel="Alle bijeenkomsten" options={meetingFilters} value={filter} />
      </SearchForm>
      <AdminMeetingTable meetings={result.items} />
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/beheer/bijeenkomsten" query={{ q: query, filter }} />
    </>
  );
}
