import "server-only";
import { type Actor, entity, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { notifyInvitees } from "../invitations/notify-invitees";
import { withdrawAttendeeReminders } from "../invitations/send-attendee-reminders";

export type CancelMeetingResult = { outcome: "cancelled"; slug: string } | { outcome: "already-cancelled" } | { outcome: "not-found" };

/** Calls a meeting off: it stays on the agenda and in the calendar files, marked cancelled. */
export function cancelMeeting(db: Database, actor: Actor, meetingId: string, now = new Date()): Promise<CancelMeetingResult> {
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true, slug: true, title: true, cancelledAt: true } });
    if (!meeting) return { outcome: "not-found" };
    if (meeting.cancelledAt) return { outcome: "already-cancelled" };
    await tx.meeting.update({ where: { id: meetingId }, data: { cancelledAt: now }, select: { id: true } });
    await recordChange(tx, actor, {
      action: "meeting.cancel",
      ...entity("Meeting", meetingId, meeting.title),
      before: { cancelledAt: null },
      after: { cancelledAt: now },
    });
    await notifyInvitees(tx, meetingId, "cancelled");
    await withdrawAttendeeReminders(tx, meetingId);
    return { outcome: "cancelled", slug: meeting.slug };
  });
}
