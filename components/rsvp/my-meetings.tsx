import Link from "next/link";
import { MeetingWhen } from "@/components/meetings/meeting-when";
import type { MeetingDays, MeetingKind, RsvpStatus } from "@/lib/db/generated/enums";
import { rsvpDetailsSummary } from "@/lib/meetings/rsvp-details-summary";

type MyRsvp = {
  id: string;
  status: RsvpStatus;
  days: MeetingDays | null;
  dinner: boolean;
  overnight: boolean;
  dietaryWishes: string | null;
  meeting: { slug: string; title: string; kind: MeetingKind; startsAt: Date; endsAt: Date; cancelledAt: Date | null };
};

function MeetingLine({ rsvp }: { rsvp: MyRsvp }) {
  const details = rsvp.meeting.kind === "TWENTY_FOUR_HOUR" && rsvp.status !== "NOT_ATTENDING" ? rsvpDetailsSummary(rsvp) : [];
  return (
    <li>
      <Link href={`/agenda/${rsvp.meeting.slug}`}>{rsvp.meeting.title}</Link>, <MeetingWhen {...rsvp.meeting} timesAnnounced={false} />
      {rsvp.meeting.cancelledAt && <strong> (afgelast)</strong>}
      {rsvp.status === "WAITLISTED" && <> (op de wachtlijst)</>}
      {details.length > 0 && <span className="block text-sm text-neutral-700">{details.join(", ")}</span>}
    </li>
  );
}

/** /mijn-gegevens: the upcoming meetings the person answered for, coming (or waiting) and not coming. */
export function MyMeetings({ rsvps }: { rsvps: MyRsvp[] }) {
  const coming = rsvps.filter((rsvp) => rsvp.status !== "NOT_ATTENDING");
  const notComing = rsvps.filter((rsvp) => rsvp.status === "NOT_ATTENDING");
  return (
    <>
      {coming.length > 0 && (
        <>
          <h3 className="mt-6">Je komt naar</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {coming.map((rsvp) => (
              <MeetingLine key={rsvp.id} rsvp={rsvp} />
            ))}
          </ul>
        </>
      )}
      {notComing.length > 0 && (
        <>
          <h3 className="mt-6">Je komt niet naar</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {notComing.map((rsvp) => (
              <MeetingLine key={rsvp.id} rsvp={rsvp} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
