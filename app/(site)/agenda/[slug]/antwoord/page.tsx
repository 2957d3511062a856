import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingAttendance } from "@/components/meetings/meeting-attendance";
import { MeetingWhen } from "@/components/meetings/meeting-when";
import { requireUser } from "@/lib/auth/guards";
import { getPublishedMeeting } from "@/lib/meetings/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getPublishedMeeting((await params).slug);
  return { title: meeting ? `Kom je? ${meeting.title}` : "Pagina niet gevonden" };
}

/** A signed-in person's answer to a meeting: the form the meeting's page links to ("Geef je antwoord"). */
export default async function MeetingAnswerPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/agenda/${slug}/antwoord`);
  const meeting = await getPublishedMeeting(slug);
  if (!meeting) notFound();
  const open = meeting.endsAt >= new Date() && !meeting.cancelledAt;
  return (
    <article className="max-w-prose">
      <h1>{meeting.title}</h1>
      <p className="mt-2">
        <MeetingWhen {...meeting} />
      </p>
      {open ? (
        <MeetingAttendance meetingId={meeting.id} user={user} />
      ) : (
        <p className="mt-6">{meeting.cancelledAt ? "Deze bijeenkomst gaat niet door." : "Deze bijeenkomst is voorbij."}</p>
      )}
      <p className="mt-8">
        <Link href={`/agenda/${meeting.slug}`}>Terug naar de bijeenkomst</Link>
      </p>
    </article>
  );
}
