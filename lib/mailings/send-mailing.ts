import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { queueMail, queueMails } from "../mail/outbox";
import { selectMailingRecipients } from "./mailing-recipients";
import type { MailingAudience } from "./mailing-schema";

export type SendMailingResult = { outcome: "sent"; queued: number } | { outcome: "not-found" } | { outcome: "already-sent" } | { outcome: "nobody" };

export const mailingKey = (mailingId: string, userId: string) => `mailing:${mailingId}:${userId}`;

/**
 * Sends a draft to its recipients as they are now, in one transaction: the mailing is marked sent first, so a
 * second send (a double click, another process) finds it sent and queues nothing; each message also has a key of
 * its own. Unsubscribed people get nothing.
 */
export function sendMailing(db: Database, actor: Actor, mailingId: string, now = new Date()): Promise<SendMailingResult> {
  return db
    .$transaction(
      async (tx): Promise<SendMailingResult> => {
        const mailing = await tx.mailing.findUnique({ where: { id: mailingId }, select: { subject: true, audience: true, sentAt: true } });
        if (!mailing) return { outcome: "not-found" };
        const claimed = await tx.mailing.updateMany({ where: { id: mailingId, sentAt: null }, data: { sentAt: now } });
        if (!claimed.count) return { outcome: "already-sent" };
        const recipients = await selectMailingRecipients(tx, mailing.audience as MailingAudience, now);
        // Nothing is written when nobody would get it: the draft stays a draft.
        if (!recipients.length) throw new NobodyToSend();
        const queued = await queueMails(
          tx,
          recipients.map((person) => ({
            to: person.email,
            template: "mailing" as const,
            data: { mailingId, userId: person.id, subject: mailing.subject },
            idempotencyKey: mailingKey(mailingId, person.id),
            mailingId,
          })),
        );
        await tx.mailing.update({ where: { id: mailingId }, data: { recipientCount: recipients.length }, select: { id: true } });
        await recordChange(tx, actor, { action: "mailing.send", entityType: "Mailing", entityId: mailingId, entityLabel: mailing.subject, after: { queued } });
        return { outcome: "sent", queued };
      },
      { timeout: 30_000 },
    )
    .catch((error: unknown) => {
      if (error instanceof NobodyToSend) return { outcome: "nobody" } as const;
      throw error;
    });
}

class NobodyToSend extends Error {}

export type SendTestResult = { outcome: "queued"; to: string } | { outcome: "not-found" } | { outcome: "no-address" };

/** The message as one recipient gets it, to the secretary's own address, marked as a test in its subject. */
export function sendTestMailing(db: Database, actor: Actor, mailingId: string): Promise<SendTestResult> {
  return db.$transaction(async (tx): Promise<SendTestResult> => {
    const mailing = await tx.mailing.findUnique({ where: { id: mailingId }, select: { subject: true } });
    if (!mailing) return { outcome: "not-found" };
    const self = actor.id ? await tx.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true } }) : null;
    if (!self?.email) return { outcome: "no-address" };
    await queueMail(tx, { to: self.email, template: "mailing", data: { mailingId, userId: self.id, subject: `[Test] ${mailing.subject}` } });
    return { outcome: "queued", to: self.email };
  });
}

export type ResendMailingMailResult = { outcome: "queued"; to: string } | { outcome: "not-found" };

/** One recipient's message again, under a new key with a resend counter. */
export function resendMailingMail(db: Database, actor: Actor, mailingId: string, mailId: string): Promise<ResendMailingMailResult> {
  return db.$transaction(async (tx: Prisma.TransactionClient): Promise<ResendMailingMailResult> => {
    const mail = await tx.outboxMail.findFirst({
      where: { id: mailId, mailingId, template: "mailing" },
      select: { to: true, templateData: true, mailing: { select: { subject: true } } },
    });
    const data = mail?.templateData as { mailingId: string; userId: string; subject: string } | undefined;
    if (!mail || !data) return { outcome: "not-found" };
    const base = mailingKey(mailingId, data.userId);
    const earlier = await tx.outboxMail.count({ where: { idempotencyKey: { startsWith: `${base}:resend:` } } });
    await queueMail(tx, { to: mail.to, template: "mailing", data, idempotencyKey: `${base}:resend:${earlier + 1}`, mailingId });
    await recordChange(tx, actor, {
      action: "mailing.resend",
      entityType: "Mailing",
      entityId: mailingId,
      entityLabel: mail.mailing?.subject ?? data.subject,
      after: { to: mail.to, resend: earlier + 1 },
    });
    return { outcome: "queued", to: mail.to };
  });
}
