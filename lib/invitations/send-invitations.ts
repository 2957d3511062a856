import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { queueMails } from "../mail/outbox";
import { invitationMeetingSelect, invitationTemplates, notSendableReason } from "./invitation-meeting";
import type { InviteInput } from "./invite-schema";
import { selectRecipients } from "./select-recipients";

export type SendInvitationsResult =
  | { outcome: "sent"; recipients: number; queued: number; alreadyInvited: number }
  | { outcome: "not-found" }
  | { outcome: "not-sendable"; reason: string }
  | { outcome: "invalid"; fieldErrors: Record<string, string> };

export function invitationKey(meetingId: string, userId: string, sequence: number) {
  return `invitation:${meetingId}:${userId}:${sequence}`;
}

/**
 * Invites the chosen people in one transaction and returns at once: Invitation rows and one queued mail each,
 * rendered when it is sent. People invited before get nothing new (resend is per person), and the
 * idempotency key makes a concurrent second send (a double click, two processes) queue nothing twice.
 */
export function sendInvitations(db: Database, actor: Actor, input: InviteInput, now = new Date()): Promise<SendInvitationsResult> {
  return db.$transaction(
    async (tx): Promise<SendInvitationsResult> => {
      const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: invitationMeetingSelect });
      if (!meeting) return { outcome: "not-found" };
      const reason = notSendableReason(meeting, now);
      if (reason) return { outcome: "not-sendable", reason };
      if (input.municipalityId && (await tx.municipality.count({ where: { id: input.municipalityId } })) === 0) {
        return { outcome: "invalid", fieldErrors: { municipalityId: "Kies een gemeente uit de lijst." } };
      }
      if (!input.members && !input.guests && !input.extraEmails?.length) {
        return { outcome: "invalid", fieldErrors: { members: "Kies wie je uitnodigt: de deelnemers, de gasten of vul e-mailadressen in." } };
      }
      const recipients = await selectRecipients(tx, meeting.id, input, now);
      if (!recipients.length)
        return { outcome: "invalid", fieldErrors: { members: "Met deze keuze is er niemand om uit te nodigen. Kies een andere gemeente of rol." } };
      const sequence = meeting.calendarSequence;
      // Only rows this transaction inserts are new invitations: a concurrent send waits on the unique index and skips them.
      const created = await tx.invitation.createManyAndReturn({
        data: recipients.map((person) => ({ meetingId: meeting.id, userId: person.id, sentSequence: sequence })),
        skipDuplicates: true,
        select: { userId: true },
      });
      const fresh = new Set(created.map((row) => row.userId));
      const invitees = recipients.filter((person) => fresh.has(person.id));
      const queued = await queueMails(
        tx,
        invitees.map((person) => ({
          to: person.email,
          template: invitationTemplates.invitation,
          data: { meetingId: meeting.id, userId: person.id, meetingTitle: meeting.title },
          idempotencyKey: invitationKey(meeting.id, person.id, sequence),
          meetingId: meeting.id,
        })),
      );
      await recordChange(tx, actor, {
        action: "meeting.invite",
        entityType: "Meeting",
        entityId: meeting.id,
        entityLabel: meeting.title,
        after: { invited: invitees.length, alreadyInvited: recipients.length - invitees.length, sequence },
      });
      return { outcome: "sent", recipients: recipients.length, queued, alreadyInvited: recipients.length - invitees.length };
    },
    { timeout: 30_000 },
  );
}
