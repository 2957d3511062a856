import type { Metadata } from "next";
import { AccelerationRequestsTable } from "@/components/acceleration/acceleration-requests-table";
import { Pagination } from "@/components/admin/pagination";
import { StatusLinks } from "@/components/admin/status-links";
import { PageHeader } from "@/components/ui/page-header";
import { UNCONFIRMED_REQUEST_DAYS } from "@/lib/acceleration/confirmation-token";
import { type AccelerationFilter, accelerationFilterLabels } from "@/lib/acceleration/labels";
import { listAccelerationRequests } from "@/lib/acceleration/list-requests";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Versnellingstraject" };

const DEFAULT_FILTER: AccelerationFilter = "nieuw";

export default async function AccelerationRequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/versnellingstraject");
  const params = await searchParams;
  const filter = (Object.keys(accelerationFilterLabels) as AccelerationFilter[]).find((key) => key === param(params, "status")) ?? DEFAULT_FILTER;
  const { items, total, page, pageCount } = await listAccelerationRequests(db, filter, pageOf(params));
  return (
    <>
      <PageHeader
        title="Versnellingstraject"
        intro="Aanvragen van gemeenten voor het versnellingstraject van Movisie. Een aanvraag telt zodra de aanvrager haar via de link in de e-mail heeft bevestigd."
      />
      <StatusLinks
        label="Status van de aanvragen"
        basePath="/beheer/versnellingstraject"
        options={accelerationFilterLabels}
        current={filter}
        defaultKey={DEFAULT_FILTER}
      />
      {filter === "onbevestigd" && (
        <p className="mb-4 max-w-prose rounded bg-brand-100 p-3">
          Deze aanvragers hebben de link in de e-mail nog niet gebruikt. Je kunt met deze aanvragen nog niets doen; zonder bevestiging worden ze na{" "}
          {UNCONFIRMED_REQUEST_DAYS} dagen gewist.
        </p>
      )}
      <AccelerationRequestsTable requests={items} status={accelerationFilterLabels[filter]} />
      <Pagination
        page={page}
        pageCount={pageCount}
        total={total}
        basePath="/beheer/versnellingstraject"
        query={{ status: filter === DEFAULT_FILTER ? "" : filter }}
      />
    </>
  );
}
