import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingAttendance } from "@/components/meetings/meeting-attendance";
import { MeetingWhen } from "@/components/meetings/meeting-when";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { loadMeetingAttendance } from "@/lib/meetings/load-meeting-attendance";
import { getPublishedMeeting } from "@/lib/meetings/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getPublishedMeeting(db, (await params).slug);
  return { title: meeting ? `Kom je? ${meeting.title}` : "Pagina niet gevonden" };
}

/** A signed-in person's answer to a meeting: the form the meeting's page links to ("Geef je antwoord"). */
export default async function MeetingAnswerPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/agenda/${slug}/antwoord`);
  const meeting = await getPublishedMeeting(db, slug);
  if (!meeting) notFound();
  const open = meeting.endsAt >= new Date() && !meeting.cancelledAt;
  const attendance = open ? await loadMeetingAttendance(db, meeting.id, user.id) : null;
  return (
    <article className="max-w-prose">
      <h1>{meeting.title}</h1>
      <p className="mt-2">
        <MeetingWhen {...meeting} />
      </p>
      {open ? (
        attendance && <MeetingAttendance meetingId={meeting.id} attendance={attendance} />
      ) : (
        <p className="mt-6">{meeting.cancelledAt ? "Deze bijeenkomst gaat niet door." : "Deze bijeenkomst is voorbij."}</p>
      )}
      <p className="mt-8">
        <Link href={`/agenda/${meeting.slug}`}>Terug naar de bijeenkomst</Link>
      </p>
    </article>
  );
}
