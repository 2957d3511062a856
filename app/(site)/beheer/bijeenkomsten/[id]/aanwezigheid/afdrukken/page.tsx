import type { Metadata } from "next";
import Link from "next/link";
import { PresenceList } from "@/components/attendance/presence-list";
import { PrintButton } from "@/components/attendance/print-button";
import { MeetingWhen } from "@/components/meetings/meeting-when";
import { loadAttendance } from "@/lib/attendance/load-attendance";
import { requireRecord } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Presentielijst" };

export default async function PresenceListPage({ params }: Props) {
  const attendance = await requireRecord(params, "/beheer/bijeenkomsten/[id]/aanwezigheid/afdrukken", (id) => loadAttendance(db, id));
  const { meeting, attending } = attendance;
  return (
    <div className="print:text-black">
      <p className="mb-4 print:hidden">
        <Link href={`/beheer/bijeenkomsten/${meeting.id}/aanwezigheid`}>Terug naar de aanwezigheid</Link>
      </p>
      <div className="mb-6">
        <h1>Presentielijst {meeting.title}</h1>
        <p className="mt-2 text-lg">
          <MeetingWhen startsAt={meeting.startsAt} endsAt={meeting.endsAt} timesAnnounced={meeting.timesAnnounced} />
          {meeting.location && <>, {meeting.location}</>}
        </p>
      </div>
      <div className="mb-6 print:hidden">
        <PrintButton />
      </div>
      <PresenceList caption={`Wie komen (${attending.length}), op naam`} rows={attending} />
    </div>
  );
}
