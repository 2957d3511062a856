import type { Metadata } from "next";
import Link from "next/link";
import { AttendanceSummary } from "@/components/attendance/attendance-summary";
import { AttendeeTable } from "@/components/attendance/attendee-table";
import { PresenceForm } from "@/components/attendance/presence-form";
import { MeetingWhen } from "@/components/meetings/meeting-when";
import { PageHeader } from "@/components/ui/page-header";
import { loadAttendance } from "@/lib/attendance/load-attendance";
import { presenceLabel } from "@/lib/attendance/presence-label";
import { requireRecord } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Aanwezigheid" };

export default async function AttendancePage({ params }: Props) {
  const attendance = await requireRecord(params, "/beheer/bijeenkomsten/[id]/aanwezigheid", (id) => loadAttendance(db, id));
  const { meeting, counts, attending, waitlist, presence, presenceOpen } = attendance;
  const presentOf = presenceLabel({ present: counts.present, attending: counts.attending, recorded: meeting.presenceRecordedAt !== null });
  const twentyFourHour = meeting.kind === "TWENTY_FOUR_HOUR";
  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href={`/beheer/bijeenkomsten/${meeting.id}`}>Terug naar de bijeenkomst</Link>
      </p>
      <PageHeader
        title={`Aanwezigheid: ${meeting.title}`}
        intro={
          <>
            <MeetingWhen startsAt={meeting.startsAt} endsAt={meeting.endsAt} timesAnnounced={meeting.timesAnnounced} />
            {meeting.cancelledAt && <strong> Deze bijeenkomst is afgelast.</strong>}
          </>
        }
      />
      <ul className="-mt-4 mb-8 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <li>
          {/* A plain link: the route answers with a file, which the client-side router must not try to render. */}
          <a href={`/beheer/bijeenkomsten/${meeting.id}/aanwezigheid/csv`} download>
            Download de lijst voor Excel (CSV)
          </a>
        </li>
        <li>
          <Link href={`/beheer/bijeenkomsten/${meeting.id}/aanwezigheid/afdrukken`}>Presentielijst afdrukken</Link>
        </li>
      </ul>
      <section aria-labelledby="aantallen-titel">
        <h2 id="aantallen-titel" className="mb-4">
          Aantallen
        </h2>
        <AttendanceSummary
          counts={counts}
          twentyFourHour={twentyFourHour}
          capacity={meeting.capacity}
          dinnerCapacity={meeting.dinnerCapacity}
          overnightCapacity={meeting.overnightCapacity}
        />
      </section>
      <section aria-labelledby="presentie-titel" className="mt-12 print:hidden">
        <h2 id="presentie-titel" className="mb-4">
          Wie was er?
        </h2>
        <p className="mb-4 max-w-prose">{presentOf ? `${presentOf} (van wie lieten weten te komen).` : "De presentielijst is nog niet bijgehouden."}</p>
        {!presenceOpen ? (
          <p className="max-w-prose">Vanaf het begin van de bijeenkomst vink je hier aan wie er was.</p>
        ) : presence.length ? (
          <PresenceForm meetingId={meeting.id} rows={presence} />
        ) : (
          <p className="max-w-prose">Niemand heeft op deze bijeenkomst geantwoord, dus er is niemand om aan te vinken.</p>
        )}
      </section>
      <section aria-labelledby="komen-titel" className="mt-12">
        <h2 id="komen-titel" className="mb-4">
          Wie komen ({attending.length})
        </h2>
        {twentyFourHour && <p className="mb-4 max-w-prose">Dieetwensen zijn alleen hier te zien en worden na de bijeenkomst gewist.</p>}
        <AttendeeTable caption="Wie komen, op naam" rows={attending} twentyFourHour={twentyFourHour} empty="Nog niemand heeft laten weten te komen." />
      </section>
      <section aria-labelledby="wachtlijst-titel" className="mt-12">
        <h2 id="wachtlijst-titel" className="mb-4">
          Wachtlijst ({waitlist.length})
        </h2>
        <AttendeeTable
          caption="Wachtlijst, wie het eerst wacht staat bovenaan"
          rows={waitlist}
          twentyFourHour={twentyFourHour}
          numbered
          empty="Niemand staat op de wachtlijst."
        />
      </section>
    </>
  );
}
