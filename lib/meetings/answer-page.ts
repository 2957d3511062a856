import "server-only";
import type { Database } from "../db/client";
import { isValidAnswerSignature } from "./answer-link";
import { type AnswerMeeting, type CurrentAnswer, type Places, answerDeadlineOf, answerMeetingSelect, loadCurrentAnswer, loadRsvpPlaces } from "./rsvp-queries";

export type AnswerPage =
  | { state: "invalid" }
  | { state: "ended" | "cancelled"; meeting: AnswerMeeting }
  | {
      state: "open";
      meeting: AnswerMeeting;
      person: { name: string };
      answer: CurrentAnswer | null;
      places: Places | null;
      deadline: Date;
      deadlinePassed: boolean;
    };

/**
 * What /antwoord/<meeting>/<person>/<signature> shows. Opening it records nothing: mail scanners open
 * links. A link whose signature does not match its person and meeting reads as not found.
 */
export async function loadAnswerPage(
  db: Database,
  { meetingId, personId, signature }: { meetingId: string; personId: string; signature: string },
  now = new Date(),
): Promise<AnswerPage> {
  if (!isValidAnswerSignature(meetingId, personId, signature)) return { state: "invalid" };
  const [meeting, person] = await Promise.all([
    db.meeting.findUnique({ where: { id: meetingId }, select: answerMeetingSelect }),
    db.user.findUnique({ where: { id: personId }, select: { name: true } }),
  ]);
  if (!meeting || !meeting.published || !person) return { state: "invalid" };
  if (meeting.endsAt < now) return { state: "ended", meeting };
  if (meeting.cancelledAt) return { state: "cancelled", meeting };
  const [answer, places] = await Promise.all([loadCurrentAnswer(db, personId, meetingId), loadRsvpPlaces(db, meetingId)]);
  const deadline = answerDeadlineOf(meeting);
  return { state: "open", meeting, person, answer, places, deadline, deadlinePassed: now > deadline };
}
