import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type TemplateData, type TemplateName, templateOf } from "./templates";

type Tx = Prisma.TransactionClient | Database;

/** One message to queue: a template of lib/mail/templates.ts with the data that template needs. */
export type OutgoingMail = {
  [Name in TemplateName]: {
    to: string;
    template: Name;
    data: TemplateData<Name>;
    /** The person a message is about (a secretary's notice of a sign-up): deleted with that person. */
    aboutUserId?: string;
    /** One message per key: queuing the same key again (a double click, a second "send") returns the first. */
    idempotencyKey?: string;
    /** The meeting the message belongs to, for the secretary's per-meeting overview. */
    meetingId?: string;
    /** The mailing the message delivers, for that mailing's list of recipients. */
    mailingId?: string;
  };
}[TemplateName];

function rowOf({ to, template, data, aboutUserId, idempotencyKey, meetingId, mailingId }: OutgoingMail) {
  return { to, subject: templateOf(template).subject(data), template, templateData: data, aboutUserId, idempotencyKey, meetingId, mailingId };
}

/**
 * Queues a message in the same transaction as the change that causes it, so it can't be lost: only its template's
 * name and data are stored, and the mail worker renders it when it sends it (lib/mail/deliver-mail.ts).
 */
export async function queueMail(tx: Tx, mail: OutgoingMail) {
  const data = rowOf(mail);
  if (!mail.idempotencyKey) return tx.outboxMail.create({ data, select: { id: true } });
  await tx.outboxMail.createMany({ data: [data], skipDuplicates: true });
  return tx.outboxMail.findUniqueOrThrow({ where: { idempotencyKey: mail.idempotencyKey }, select: { id: true } });
}

/** Queues many messages at once (an invitation to every member); keys already queued are skipped. Returns how many were queued. */
export async function queueMails(tx: Tx, mails: OutgoingMail[]): Promise<number> {
  if (!mails.length) return 0;
  return (await tx.outboxMail.createMany({ data: mails.map(rowOf), skipDuplicates: true })).count;
}
