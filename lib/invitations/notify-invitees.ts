import type { Prisma } from "../db/generated/client";
import { queueMails } from "../mail/outbox";
import { invitationTemplates } from "./invitation-meeting";

type Tx = Prisma.TransactionClient;

/** The fields whose change makes invitations out of date: the calendar event moves. */
export const scheduleFields = ["startsAt", "endsAt", "timesAnnounced", "location", "address"] as const;

export function scheduleChanged(changed: Record<string, unknown>): boolean {
  return scheduleFields.some((field) => field in changed);
}

/**
 * Raises the meeting's SEQUENCE and queues an update (same UID) or a cancellation to everyone invited, in the
 * caller's transaction. Does nothing when nobody was invited yet. Returns the number of mails queued.
 */
export async function notifyInvitees(tx: Tx, meetingId: string, kind: "update" | "cancelled"): Promise<number> {
  const invited = await tx.invitation.findMany({
    where: { meetingId, user: { email: { not: null } } },
    select: { userId: true, user: { select: { email: true } } },
  });
  if (!invited.length) return 0;
  const meeting = await tx.meeting.update({
    where: { id: meetingId },
    data: { calendarSequence: { increment: 1 } },
    select: { title: true, calendarSequence: true },
  });
  const sequence = meeting.calendarSequence;
  const prefix = kind === "update" ? "update" : "cancel";
  const queued = await queueMails(
    tx,
    invited.map(({ userId, user }) => ({
      to: user.email!,
      template: invitationTemplates[kind],
      data: { meetingId, userId, meetingTitle: meeting.title },
      idempotencyKey: `${prefix}:${meetingId}:${userId}:${sequence}`,
      meetingId,
    })),
  );
  await tx.invitation.updateMany({ where: { meetingId }, data: { sentSequence: sequence } });
  return queued;
}
