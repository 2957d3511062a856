import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { MeetingDays, MeetingKind, RsvpStatus } from "../db/generated/enums";
import { meetingBasicsSelect } from "./meeting-select";
import { answerDetailsSelect } from "./answer-select";

export type Places = {
  capacity: number | null;
  taken: number;
  waiting: number;
  dinnerCapacity: number | null;
  dinnerTaken: number;
  overnightCapacity: number | null;
  overnightTaken: number;
};

export type RsvpOverview = Places & { kind: MeetingKind; startsAt: Date; answerDeadline: Date | null };

/**
 * Places, dinner and overnight stay taken for one meeting, with its kind and answer deadline, in one query.
 * Dinner and overnight count everyone who said yes, waiting or not.
 */
export async function loadRsvpPlaces(db: Database, meetingId: string): Promise<RsvpOverview | null> {
  const rows = await db.$queryRaw<RsvpOverview[]>`
    SELECT m.capacity, m."dinnerCapacity", m."overnightCapacity", m.kind::text AS kind, m."startsAt", m."answerDeadline",
      COUNT(r.id) FILTER (WHERE r.status = 'ATTENDING')::int AS taken,
      COUNT(r.id) FILTER (WHERE r.status = 'WAITLISTED')::int AS waiting,
      COUNT(r.id) FILTER (WHERE r.status IN ('ATTENDING', 'WAITLISTED') AND r.dinner)::int AS "dinnerTaken",
      COUNT(r.id) FILTER (WHERE r.status IN ('ATTENDING', 'WAITLISTED') AND r.overnight)::int AS "overnightTaken"
    FROM "Meeting" m LEFT JOIN "Rsvp" r ON r."meetingId" = m.id
    WHERE m.id = ${meetingId}
    GROUP BY m.id`;
  return rows[0] ?? null;
}

export type CurrentAnswer = {
  status: RsvpStatus;
  days: MeetingDays | null;
  dinner: boolean;
  overnight: boolean;
  dietaryWishes: string | null;
  waitlistPosition: number | null;
};

/** The person's answer with its details and, when waiting, their place in the queue. */
export async function loadCurrentAnswer(db: Database, userId: string, meetingId: string): Promise<CurrentAnswer | null> {
  const rsvp = await db.rsvp.findUnique({
    where: { userId_meetingId: { userId, meetingId } },
    select: answerDetailsSelect,
  });
  if (!rsvp) return null;
  const { waitlistedAt, ...answer } = rsvp;
  const waitlistPosition =
    rsvp.status === "WAITLISTED" && waitlistedAt
      ? await db.rsvp.count({ where: { meetingId, status: "WAITLISTED", waitlistedAt: { lte: waitlistedAt } } })
      : null;
  return { ...answer, waitlistPosition };
}

export const answerMeetingSelect = {
  ...meetingBasicsSelect,
  address: true,
  cancelledAt: true,
  published: true,
  answerDeadline: true,
} as const satisfies Prisma.MeetingSelect;

export type AnswerMeeting = Prisma.MeetingGetPayload<{ select: typeof answerMeetingSelect }>;

/** Until when an answer can be changed: the meeting's deadline, or its start. */
export function answerDeadlineOf(meeting: { answerDeadline: Date | null; startsAt: Date }): Date {
  return meeting.answerDeadline ?? meeting.startsAt;
}
