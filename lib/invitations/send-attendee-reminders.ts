import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { attendeeReminderTemplate } from "./invitation-meeting";
import { queueDueReminders } from "./queue-due-reminders";
import { remindableMeetings } from "./reminder-day";

const attendeeReminderKey = (meetingId: string, userId: string) => `attendee-reminder:${meetingId}:${userId}`;

/**
 * Someone who no longer comes (or everyone, when the meeting is called off) gets no reminder that is still waiting
 * to be sent: the queued message goes, and its job then finds nothing to send. Called in the transaction that
 * records the new answer or the cancellation.
 */
export function withdrawAttendeeReminders(tx: Prisma.TransactionClient, meetingId: string, userId?: string) {
  const which = userId ? { idempotencyKey: attendeeReminderKey(meetingId, userId) } : { meetingId, template: attendeeReminderTemplate };
  return tx.outboxMail.deleteMany({ where: { ...which, status: "PENDING" } });
}

/**
 * Queues one reminder, with the calendar file, the address and the link to the meeting's documents, to each person
 * who said they come (ATTENDING now: not who cancelled since, not the waiting list), for meetings whose reminder
 * day (attendeeReminderDaysBefore before the meeting, in Amsterdam) has come, that are published, real, not called
 * off and not started. Rsvp.attendeeRemindedAt and the idempotency key make it once per person, however often this
 * runs and however often the person changes their answer. Returns the number of reminders queued.
 */
export async function sendDueAttendeeReminders(db: Database, now = new Date()): Promise<number> {
  const meetings = await db.meeting.findMany({
    where: { ...remindableMeetings(now), attendeeReminderDaysBefore: { not: null }, rsvps: { some: { status: "ATTENDING", attendeeRemindedAt: null } } },
    select: { id: true, title: true, startsAt: true, attendeeReminderDaysBefore: true },
  });
  return queueDueReminders(db, meetings, {
    daysBefore: (meeting) => meeting.attendeeReminderDaysBefore,
    claimDue: async (tx, meetingId) => {
      const due = await tx.rsvp.findMany({
        where: { meetingId, status: "ATTENDING", attendeeRemindedAt: null, user: { email: { not: null }, deactivatedAt: null } },
        select: { id: true, userId: true, user: { select: { email: true } } },
      });
      if (due.length) await tx.rsvp.updateMany({ where: { id: { in: due.map((row) => row.id) } }, data: { attendeeRemindedAt: now } });
      return due.map(({ userId, user }) => ({ userId, email: user.email! }));
    },
    template: attendeeReminderTemplate,
    keyOf: attendeeReminderKey,
    now,
  });
}
