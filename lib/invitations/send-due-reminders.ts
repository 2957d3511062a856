import "server-only";
import type { Database } from "../db/client";
import { queueMails } from "../mail/outbox";
import { invitationTemplates } from "./invitation-meeting";
import { isReminderDue, remindableMeetings } from "./reminder-day";

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
  let queued = 0;
  for (const meeting of meetings.filter((m) => isReminderDue(m.startsAt, m.reminderDaysBefore ?? 0, now))) {
    queued += await db.$transaction(async (tx) => {
      const due = await tx.invitation.findMany({
        where: { meetingId: meeting.id, remindedAt: null, user: { email: { not: null }, deactivatedAt: null, rsvps: { none: { meetingId: meeting.id } } } },
        select: { id: true, userId: true, user: { select: { email: true } } },
      });
      if (!due.length) return 0;
      await tx.invitation.updateMany({ where: { id: { in: due.map((row) => row.id) } }, data: { remindedAt: now } });
      return queueMails(
        tx,
        due.map(({ userId, user }) => ({
          to: user.email!,
          template: invitationTemplates.reminder,
          data: { meetingId: meeting.id, userId, meetingTitle: meeting.title },
          idempotencyKey: `reminder:${meeting.id}:${userId}`,
          meetingId: meeting.id,
        })),
      );
    });
  }
  return queued;
}
