import { PersonalPart } from "@/components/layout/personal-part";
import { db } from "@/lib/db/client";
import { answerDeadlineOf, loadRsvpPlaces } from "@/lib/meetings/rsvp-queries";
import type { Reader } from "@/lib/site/serving/personal-parts";
import { AttendanceBox } from "./attendance-box";

/** "Kom je?" on an upcoming meeting's page: the places taken, and the reader's answer with the way to give or change it. */
export async function AttendanceSummary({ meetingId, slug, reader }: { meetingId: string; slug: string; reader: Reader | null }) {
  const places = await loadRsvpPlaces(db, meetingId);
  if (!places) return null;
  const data = {
    meeting: meetingId,
    slug,
    until: answerDeadlineOf(places).toISOString(),
    deadline: places.answerDeadline ? "ja" : "nee",
  };
  return (
    <AttendanceBox places={places}>
      <PersonalPart name="attendance" reader={reader} data={data} />
    </AttendanceBox>
  );
}
