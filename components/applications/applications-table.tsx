import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { formatShortDate } from "@/lib/format/dates";
import type { ApplicationRow } from "@/lib/members/list-applications";
import { participationLabels } from "@/lib/members/sign-up-schema";
import { organisationOf } from "./organisation-of";

const columns: Column<ApplicationRow>[] = [
  {
    header: "Naam",
    cell: (application) => (
      <>
        <Link href={`/beheer/aanmeldingen/${application.id}`}>{application.user.name}</Link>
        <span className="block text-sm text-neutral-700">{application.user.email}</span>
      </>
    ),
  },
  { header: "Organisatie", cell: organisationOf },
  {
    header: "Deelname",
    cell: (application) => (
      <>
        {participationLabels[application.participation]}
        {application.meeting ? `: ${application.meeting.title}` : ` (${application.year})`}
      </>
    ),
  },
  { header: "E-mailadres bevestigd", cell: (application) => (application.confirmedAt ? "ja" : "nog niet") },
  { header: "Aangemeld op", cell: (application) => formatShortDate(application.createdAt) },
];

/** Applications with one status: who, from which organisation, for what, and since when. */
export function ApplicationsTable({ applications, status }: { applications: ApplicationRow[]; status: string }) {
  return (
    <DataTable
      columns={columns}
      rows={applications}
      caption={`Aanmeldingen: ${status}`}
      hideCaption
      empty="Er zijn geen aanmeldingen met deze status."
      alignTop
    />
  );
}
