import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { accelerationConditions } from "@/lib/acceleration/conditions";
import { accelerationStatusLabels } from "@/lib/acceleration/labels";
import type { AccelerationRequestRow } from "@/lib/acceleration/list-requests";
import { formatShortDate } from "@/lib/format/dates";

const columns: Column<AccelerationRequestRow>[] = [
  { header: "Gemeente", cell: (request) => <Link href={`/beheer/versnellingstraject/${request.id}`}>Gemeente {request.municipalityName}</Link> },
  {
    header: "Contactpersoon",
    cell: (request) => (
      <>
        {request.contactName}
        <span className="block text-sm text-neutral-700">{request.email}</span>
      </>
    ),
  },
  {
    header: "Voorwaarden met ‘ja’",
    cell: (request) => (
      <>
        {request.conditionsMet} van {accelerationConditions.length}
      </>
    ),
  },
  { header: "Status", cell: (request) => (request.confirmedAt ? accelerationStatusLabels[request.status] : "nog niet bevestigd") },
  { header: "Ingediend op", cell: (request) => formatShortDate(request.createdAt) },
];

/** Requests for the acceleration programme with one status: municipality, contact, conditions met, and when. */
export function AccelerationRequestsTable({ requests, status }: { requests: AccelerationRequestRow[]; status: string }) {
  return (
    <DataTable
      columns={columns}
      rows={requests}
      caption={`Aanvragen versnellingstraject: ${status}`}
      hideCaption
      empty="Er zijn geen aanvragen met deze status."
      alignTop
    />
  );
}
