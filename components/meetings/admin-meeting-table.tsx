import Link from "next/link";
import { formatShortDate } from "@/lib/format/dates";
import { type AdminMeetingRow, meetingStatusLabel } from "@/lib/meetings/admin-queries";
import { meetingKindLabels } from "@/lib/meetings/meeting-kind";

/** The admin list of meetings: one row per meeting, with its status and the number who said they come. */
export function AdminMeetingTable({ meetings }: { meetings: AdminMeetingRow[] }) {
  if (!meetings.length) return <p>Geen bijeenkomsten gevonden.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Bijeenkomsten, nieuwste eerst</caption>
        <thead>
          <tr className="border-b-2 border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              Titel
            </th>
            <th scope="col" className="py-2 pr-4">
              Soort
            </th>
            <th scope="col" className="py-2 pr-4">
              Datum
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2 pr-4">
              Komen
            </th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => (
            <tr key={meeting.id} className="border-b border-neutral-300">
              <td className="py-2 pr-4">
                <Link href={`/beheer/bijeenkomsten/${meeting.id}`}>{meeting.title}</Link>
              </td>
              <td className="py-2 pr-4">{meetingKindLabels[meeting.kind]}</td>
              <td className="py-2 pr-4">
                <time dateTime={meeting.startsAt.toISOString()}>{formatShortDate(meeting.startsAt)}</time>
              </td>
              <td className="py-2 pr-4">{meetingStatusLabel(meeting)}</td>
              <td className="py-2 pr-4">{meeting.attending}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
