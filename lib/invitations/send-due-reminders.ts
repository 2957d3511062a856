import "server-only";
import type { Database } from "../db/client";
import { invitationTemplates } from "./invitation-meeting";
import { queueDueReminders } from "./queue-due-reminders";
import { remindableMeetings } from "./reminder-day";

/**
 * Queues one reminder to each invitee without an answer, for meetings whose reminder day (reminderDaysBefore
 * before the meeting, in Amsterdam) has come and that have not started. Invitation.remindedAt and the
 * idempotency key make it once per person, however often this runs. Returns the number of reminders queued.
 */
export async function sendDueReminders(db: Database, now = new Date()): Promise<number> {
  const meetings = await db.meeting.findMany({
    where: {
      ...remindableMeetings(now),
      reminderDaysBefore: { not: null },
      invitations: { some: { remindedAt: null } },
    },
    select: { id: true, title: true, startsAt: true, reminderDaysBefore: true },
  });
  return queueDueReminders(db, meetings, {
    daysBefore: (meeting) => meeting.reminderDaysBefore,
    claimDue: async (tx, meetingId) => {
      const due = await tx.invitation.findMany({
        where: { meetingId, remindedAt: null, user: { email: { not: null }, deactivatedAt: null, rsvps: { none: { meetingId } } } },
        select: { id: true, userId: true, user: { select: { email: true } } },
      });
      if (due.length) await tx.invitation.updateMany({ where: { id: { in: due.map((row) => row.id) } }, data: { remindedAt: now } });
      return due.map(({ userId, user }) => ({ userId, email: user.email! }));
    },
    template: invitationTemplates.reminder,
    keyOf: (meetingId, userId) => `reminder:${meetingId}:${userId}`,
    now,
  });
}
