import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { queueMail } from "../mail/outbox";
import { invitationTemplates, notSendableReason } from "./invitation-meeting";
import { invitationKey } from "./send-invitations";

export type ResendResult =
  { outcome: "queued"; name: string } | { outcome: "not-invited" } | { outcome: "not-found" } | { outcome: "not-sendable"; reason: string };

/** Queues the invitation to one invitee again, under a new key with a resend counter. */
export function resendInvitation(db: Database, actor: Actor, meetingId: string, userId: string, now = new Date()): Promise<ResendResult> {
  return db.$transaction(async (tx): Promise<ResendResult> => {
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: { id: true, title: true, published: true, cancelledAt: true, endsAt: true, demo: true, calendarSequence: true },
    });
    if (!meeting) return { outcome: "not-found" };
    const reason = notSendableReason(meeting, now);
    if (reason) return { outcome: "not-sendable", reason };
    const invitation = await tx.invitation.findUnique({
      where: { meetingId_userId: { meetingId, userId } },
      select: { id: true, user: { select: { name: true, email: true } } },
    });
    if (!invitation?.user.email) return { outcome: "not-invited" };
    const base = invitationKey(meetingId, userId, meeting.calendarSequence);
    const earlier = await tx.outboxMail.count({ where: { idempotencyKey: { startsWith: `${base}:resend:` } } });
    const mail = await queueMail(tx, {
      to: invitation.user.email,
      template: invitationTemplates.invitation,
      data: { meetingId, userId, meetingTitle: meeting.title },
      idempotencyKey: `${base}:resend:${earlier + 1}`,
      meetingId,
    });
    await tx.invitation.update({ where: { id: invitation.id }, data: { lastMailId: mail.id }, select: { id: true } });
    await recordChange(tx, actor, {
      action: "meeting.invite.resend",
      entityType: "Meeting",
      entityId: meetingId,
      entityLabel: meeting.title,
      after: { to: invitation.user.email, resend: earlier + 1 },
    });
    return { outcome: "queued", name: invitation.user.name };
  });
}
