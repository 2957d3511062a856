import type { Metadata } from "next";
import { AdminListPage } from "@/components/admin/admin-list-page";
import { FilterSelect } from "@/components/admin/filter-select";
import { PresenceByMunicipalityTable } from "@/components/attendance/presence-by-municipality";
import { AdminMeetingTable } from "@/components/meetings/admin-meeting-table";
import { Section } from "@/components/ui/section";
import { countPresenceByMunicipality } from "@/lib/attendance/count-presence-by-municipality";
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
  const [result, presence] = await Promise.all([listMeetingsForAdmin(db, { query, filter, page: pageOf(params) }), countPresenceByMunicipality(db)]);
  return (
    <>
      <AdminListPage
        title="Bijeenkomsten"
        intro="Alle bijeenkomsten, ook concepten en afgelaste, de nieuwste eerst."
        basePath="/beheer/bijeenkomsten"
        addLabel="Nieuwe bijeenkomst"
        searchLabel="Zoek op titel"
        query={{ q: query, filter }}
        filters={<FilterSelect name="filter" label="Toon" allLabel="Alle bijeenkomsten" options={meetingFilters} value={filter} />}
        list={result}
      >
        <AdminMeetingTable meetings={result.items} />
      </AdminListPage>
      <Section id="aanwezigheid-gemeenten" title="Aanwezigheid per gemeente">
        <p className="mb-4 max-w-prose">Uit de presentielijsten: per jaar hoe vaak iemand van de gemeente er was, en bij hoeveel bijeenkomsten.</p>
        <PresenceByMunicipalityTable presence={presence} />
      </Section>
    </>
  );
}
