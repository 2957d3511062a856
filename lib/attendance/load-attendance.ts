import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { MeetingDays, RsvpStatus } from "../db/generated/enums";
import { type AttendanceCounts, countAttendance } from "./count-attendance";
import { meetingBasicsSelect } from "../meetings/meeting-select";
import { answerDetailsSelect } from "../meetings/answer-select";

export type AttendeeRow = {
  id: string;
  name: string;
  email: string;
  /** The person's municipality, or their organisation when they work elsewhere. */
  organisation: string;
  status: RsvpStatus;
  days: MeetingDays | null;
  dinner: boolean;
  overnight: boolean;
  dietaryWishes: string;
  waitlistedAt: Date | null;
  /** Ticked on the presence list. */
  attended: boolean;
};

const meetingSelect = {
  ...meetingBasicsSelect,
  cancelledAt: true,
  capacity: true,
  dinnerCapacity: true,
  overnightCapacity: true,
  presenceRecordedAt: true,
} as const;

export type AttendanceMeeting = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

export type Attendance = {
  meeting: AttendanceMeeting;
  counts: AttendanceCounts;
  /** Who comes, by name. */
  attending: AttendeeRow[];
  /** Who waits for a place, first in line first. */
  waitlist: AttendeeRow[];
  /** Everyone who answered, for the presence list: who said they come first, then the waiting list, then the rest. */
  presence: AttendeeRow[];
  /** The presence list can be kept from the meeting's start. */
  presenceOpen: boolean;
};

/** A meeting's counts and lists for the secretary: a fixed number of queries (the list is one query with its people). */
export async function loadAttendance(db: Database, meetingId: string, now = new Date()): Promise<Attendance | null> {
  const [meeting, counts, rsvps] = await Promise.all([
    db.meeting.findUnique({ where: { id: meetingId }, select: meetingSelect }),
    countAttendance(db, meetingId),
    db.rsvp.findMany({
      where: { meetingId },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        ...answerDetailsSelect,
        createdAt: true,
        attended: true,
        user: { select: { name: true, email: true, organisationName: true, municipality: { select: { name: true } } } },
      },
    }),
  ]);
  if (!meeting) return null;
  const rows = rsvps.map(({ user, createdAt, ...rsvp }) => ({
    row: {
      ...rsvp,
      name: user.name,
      email: user.email ?? "",
      organisation: user.municipality?.name ?? user.organisationName ?? "",
      dietaryWishes: rsvp.dietaryWishes ?? "",
    },
    queuedAt: (rsvp.waitlistedAt ?? createdAt).getTime(),
  }));
  const listOrder: Record<RsvpStatus, number> = { ATTENDING: 0, WAITLISTED: 1, NOT_ATTENDING: 2 };
  return {
    meeting,
    counts,
    presenceOpen: meeting.startsAt <= now,
    presence: rows.map(({ row }) => row).sort((a, b) => listOrder[a.status] - listOrder[b.status]),
    attending: rows.filter(({ row }) => row.status === "ATTENDING").map(({ row }) => row),
    waitlist: rows
      .filter(({ row }) => row.status === "WAITLISTED")
      .sort((a, b) => a.queuedAt - b.queuedAt)
      .map(({ row }) => row),
  };
}
