import type { Database } from "../db/client";
import type { RsvpStatus, UserRole } from "../db/generated/enums";

/** Members, the kernclub and the secretary say per meeting whether they come; a guest was invited for one meeting. */
export function canRsvp(role: UserRole): boolean {
  return role !== "GUEST";
}

export function getRsvpStatus(db: Database, userId: string, meetingId: string) {
  return db.rsvp.findUnique({ where: { userId_meetingId: { userId, meetingId } }, select: { status: true } });
}

export type RsvpResult = { outcome: "saved" } | { outcome: "not-allowed" } | { outcome: "closed" };

/** Records whether someone comes to a meeting that has not ended yet; one answer per person per meeting. */
export async function setRsvp(
  db: Database,
  { userId, role, meetingId, status, now = new Date() }: { userId: string; role: UserRole; meetingId: string; status: RsvpStatus; now?: Date },
): Promise<RsvpResult> {
  if (!canRsvp(role)) return { outcome: "not-allowed" };
  const open = await db.meeting.count({ where: { id: meetingId, published: true, cancelledAt: null, endsAt: { gte: now } } });
  if (!open) return { outcome: "closed" };
  await db.rsvp.upsert({
    where: { userId_meetingId: { userId, meetingId } },
    update: { status },
    create: { userId, meetingId, status },
  });
  return { outcome: "saved" };
}
