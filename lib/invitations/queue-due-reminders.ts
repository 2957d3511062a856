import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { queueMails } from "../mail/outbox";
import type { attendeeReminderTemplate, invitationTemplates } from "./invitation-meeting";
import { isReminderDue } from "./reminder-day";

type ReminderMeeting = { id: string; title: string; startsAt: Date };
type DuePerson = { userId: string; email: string };

/**
 * The shared part of sending reminders: for each meeting whose reminder day has come (`daysBefore` before it, in
 * Amsterdam), one transaction in which `claimDue` marks the people still to be reminded and returns them, and one
 * message each is queued under `keyOf`, so a person gets it once however often this runs. Returns how many were queued.
 */
export async function queueDueReminders<Meeting extends ReminderMeeting>(
  db: Database,
  meetings: Meeting[],
  {
    daysBefore,
    claimDue,
    template,
    keyOf,
    now,
  }: {
    daysBefore: (meeting: Meeting) => number | null;
    claimDue: (tx: Prisma.TransactionClient, meetingId: string) => Promise<DuePerson[]>;
    template: typeof invitationTemplates.reminder | typeof attendeeReminderTemplate;
    keyOf: (meetingId: string, userId: string) => string;
    now: Date;
  },
): Promise<number> {
  let queued = 0;
  for (const meeting of meetings.filter((m) => isReminderDue(m.startsAt, daysBefore(m) ?? 0, now))) {
    queued += await db.$transaction(async (tx) => {
      const due = await claimDue(tx, meeting.id);
      return queueMails(
        tx,
        due.map(({ userId, email }) => ({
          to: email,
          template,
          data: { meetingId: meeting.id, userId, meetingTitle: meeting.title },
          idempotencyKey: keyOf(meeting.id, userId),
          meetingId: meeting.id,
        })),
      );
    });
  }
  return queued;
}
