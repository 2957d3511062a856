import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { presenceLabel } from "@/lib/attendance/presence-label";
import { formatShortDate } from "@/lib/format/dates";
import { type AdminMeetingRow, meetingStatusLabel } from "@/lib/meetings/admin-queries";
import { meetingKindLabels } from "@/lib/meetings/meeting-kind";

const columns: Column<AdminMeetingRow>[] = [
  { header: "Titel", cell: (meeting) => <Link href={`/beheer/bijeenkomsten/${meeting.id}`}>{meeting.title}</Link> },
  { header: "Soort", cell: (meeting) => meetingKindLabels[meeting.kind] },
  { header: "Datum", cell: (meeting) => <time dateTime={meeting.startsAt.toISOString()}>{formatShortDate(meeting.startsAt)}</time> },
  { header: "Status", cell: meetingStatusLabel },
  { header: "Komen", cell: (meeting) => meeting.attending },
  {
    header: "Aanwezig",
    cell: (meeting) => {
      const label = presenceLabel({ present: meeting.present, attending: meeting.attending, recorded: meeting.presenceRecordedAt !== null });
      return label ? <Link href={`/beheer/bijeenkomsten/${meeting.id}/aanwezigheid`}>{label}</Link> : "niet bijgehouden";
    },
  },
];

/** The admin list of meetings: one row per meeting, with its status, the number who said they come and, once the presence list is kept, how many came. */
export function AdminMeetingTable({ meetings }: { meetings: AdminMeetingRow[] }) {
  return <DataTable columns={columns} rows={meetings} caption="Bijeenkomsten, nieuwste eerst" hideCaption empty="Geen bijeenkomsten gevonden." />;
}
