import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";

export type RecordPresenceResult =
  { outcome: "not-found" } | { outcome: "not-started" } | { outcome: "unknown-people" } | { outcome: "saved"; present: number };

/**
 * Saves who actually came to a meeting: the ticked answers are present, every other answer of the meeting is not.
 * One transaction with its audit entry (the names before and after); possible from the meeting's start.
 */
export async function recordPresence(db: Database, actor: Actor, meetingId: string, presentIds: string[], now = new Date()): Promise<RecordPresenceResult> {
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { title: true, startsAt: true } });
    if (!meeting) return { outcome: "not-found" };
    if (meeting.startsAt > now) return { outcome: "not-started" };
    const rsvps = await tx.rsvp.findMany({ where: { meetingId }, select: { id: true, attended: true, user: { select: { name: true } } } });
    const known = new Set(rsvps.map((rsvp) => rsvp.id));
    if (presentIds.some((id) => !known.has(id))) return { outcome: "unknown-people" };
    const ticked = new Set(presentIds);
    await tx.rsvp.updateMany({ where: { meetingId, id: { in: presentIds } }, data: { attended: true } });
    await tx.rsvp.updateMany({ where: { meetingId, id: { notIn: presentIds } }, data: { attended: false } });
    await tx.meeting.update({ where: { id: meetingId }, data: { presenceRecordedAt: now } });
    const names = (present: (rsvp: (typeof rsvps)[number]) => boolean) =>
      rsvps
        .filter(present)
        .map((rsvp) => rsvp.user.name)
        .sort();
    await recordChange(tx, actor, {
      action: "meeting.presence",
      entityType: "Meeting",
      entityId: meetingId,
      entityLabel: meeting.title,
      before: { present: names((rsvp) => rsvp.attended) },
      after: { present: names((rsvp) => ticked.has(rsvp.id)) },
    });
    return { outcome: "saved", present: ticked.size };
  });
}
