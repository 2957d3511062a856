import "server-only";
import type { Database } from "../db/client";
import { type Coverage, findCoverage } from "../members/coverage";
import { currentYear } from "../members/current-year";
import { answerDeadlineOf, type CurrentAnswer, loadCurrentAnswer, loadRsvpPlaces, type RsvpOverview } from "./rsvp-queries";

/** What a signed-in person may do about a meeting on its answer page ("Kom je?"), decided here rather than in the page. */
export type MeetingAttendance = {
  places: RsvpOverview;
  answer: CurrentAnswer | null;
  deadline: Date;
} & (
  | { may: "not-covered"; coverage: Extract<Coverage, { kind: "none" | "not-admitted" }>; year: number }
  | { may: "closed" } // the answer deadline has passed
  | { may: "answer"; showDeadline: boolean }
);

/** Null when the meeting does not exist. Covered people answer until the deadline; others learn why they can't. */
export async function loadMeetingAttendance(db: Database, meetingId: string, userId: string, now = new Date()): Promise<MeetingAttendance | null> {
  const places = await loadRsvpPlaces(db, meetingId);
  if (!places) return null;
  const year = currentYear(now);
  const [coverage, answer] = await Promise.all([findCoverage(db, userId, year), loadCurrentAnswer(db, userId, meetingId)]);
  const deadline = answerDeadlineOf(places);
  const shared = { places, answer, deadline };
  if (coverage.kind === "none" || coverage.kind === "not-admitted") return { ...shared, may: "not-covered", coverage, year };
  if (now > deadline) return { ...shared, may: "closed" };
  return { ...shared, may: "answer", showDeadline: places.answerDeadline !== null };
}
