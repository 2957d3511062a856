import "server-only";
import type { Database } from "../db/client";

/** The next meetings (drafts included) with how many people said they come: two queries, however many meetings. */
export async function listUpcomingAttendance(db: Database, now: Date, take = 5) {
  const meetings = await db.meeting.findMany({
    where: { endsAt: { gte: now }, cancelledAt: null },
    orderBy: { startsAt: "asc" },
    take,
    select: { id: true, title: true, startsAt: true, endsAt: true, published: true },
  });
  const counts = await db.rsvp.groupBy({
    by: ["meetingId", "status"],
    where: { meetingId: { in: meetings.map((meeting) => meeting.id) } },
    _count: { _all: true },
  });
  const countOf = (meetingId: string, status: "ATTENDING" | "NOT_ATTENDING") =>
    counts.find((count) => count.meetingId === meetingId && count.status === status)?._count._all ?? 0;
  return meetings.map((meeting) => ({ ...meeting, attending: countOf(meeting.id, "ATTENDING"), notAttending: countOf(meeting.id, "NOT_ATTENDING") }));
}
