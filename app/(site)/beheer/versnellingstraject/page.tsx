import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { accelerationConditions } from "@/lib/acceleration/conditions";
import { UNCONFIRMED_REQUEST_DAYS } from "@/lib/acceleration/confirmation-token";
import { type AccelerationFilter, accelerationFilterLabels, accelerationStatusLabels } from "@/lib/acceleration/labels";
import { listAccelerationRequests } from "@/lib/acceleration/list-requests";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { formatShortDate } from "@/lib/format/dates";
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
      <nav aria-label="Status van de aanvragen" className="mb-6">
        <ul className="flex flex-wrap gap-4">
          {Object.entries(accelerationFilterLabels).map(([key, label]) => (
            <li key={key}>
              <Link
                href={key === DEFAULT_FILTER ? "/beheer/versnellingstraject" : `/beheer/versnellingstraject?status=${key}`}
                aria-current={key === filter ? "page" : undefined}
                className={key === filter ? "font-semibold" : ""}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {filter === "onbevestigd" && (
        <p className="mb-4 max-w-prose rounded bg-brand-100 p-3">
          Deze aanvragers hebben de link in de e-mail nog niet gebruikt. Je kunt met deze aanvragen nog niets doen; zonder bevestiging worden ze na{" "}
          {UNCONFIRMED_REQUEST_DAYS} dagen gewist.
        </p>
      )}
      {items.length === 0 ? (
        <p>Er zijn geen aanvragen met deze status.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Aanvragen versnellingstraject: {accelerationFilterLabels[filter]}</caption>
            <thead>
              <tr className="border-b-2 border-neutral-700">
                <th scope="col" className="py-2 pr-4">
                  Gemeente
                </th>
                <th scope="col" className="py-2 pr-4">
                  Contactpersoon
                </th>
                <th scope="col" className="py-2 pr-4">
                  Voorwaarden met ‘ja’
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  Ingediend op
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((request) => (
                <tr key={request.id} className="border-b border-neutral-300 align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/beheer/versnellingstraject/${request.id}`}>Gemeente {request.municipalityName}</Link>
                  </td>
                  <td className="py-2 pr-4">
                    {request.contactName}
                    <span className="block text-sm text-neutral-700">{request.email}</span>
                  </td>
                  <td className="py-2 pr-4">
                    {request.conditionsMet} van {accelerationConditions.length}
                  </td>
                  <td className="py-2 pr-4">{request.confirmedAt ? accelerationStatusLabels[request.status] : "nog niet bevestigd"}</td>
                  <td className="py-2 pr-4">{formatShortDate(request.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
