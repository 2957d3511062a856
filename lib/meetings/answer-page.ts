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
      /** Without the dietary wishes: the link may be forwarded, and only the secretary sees them. */
      answer: (Omit<CurrentAnswer, "dietaryWishes"> & { dietaryWishes: null }) | null;
      dietaryWishesGiven: boolean;
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
    // A deactivated person's links stop working, like their sign-in.
    db.user.findFirst({ where: { id: personId, deactivatedAt: null }, select: { name: true } }),
  ]);
  if (!meeting || !meeting.published || !person) return { state: "invalid" };
  if (meeting.endsAt < now) return { state: "ended", meeting };
  if (meeting.cancelledAt) return { state: "cancelled", meeting };
  const [answer, places] = await Promise.all([loadCurrentAnswer(db, personId, meetingId), loadRsvpPlaces(db, meetingId)]);
  const deadline = answerDeadlineOf(meeting);
  return {
    state: "open",
    meeting,
    person,
    answer: answer && { ...answer, dietaryWishes: null },
    dietaryWishesGiven: !!answer?.dietaryWishes,
    places,
    deadline,
    deadlinePassed: now > deadline,
  };
}
