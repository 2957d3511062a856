import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { RenderedEmail } from "./render-email";

type Tx = Prisma.TransactionClient | Database;

/** An iCalendar part: nodemailer sends it as text/calendar with this METHOD, which mail programs show as an invitation. */
export type CalendarPart = { method: "REQUEST" | "CANCEL" | "PUBLISH"; filename: string; content: string };

export type MailOptions = {
  /** The person a message is about (a secretary's notice of a sign-up): deleted with that person. */
  aboutUserId?: string;
  /** One message per key: queuing the same key again (a double click, a second "send") returns the first. */
  idempotencyKey?: string;
  /** The meeting the message belongs to, for the secretary's per-meeting overview. */
  meetingId?: string;
  calendar?: CalendarPart;
};

/** A message rendered when it is sent: `template` names an entry in lib/mail/templates.ts. */
export type TemplateMail = { subject: string; template: string; data: Record<string, unknown> };

function rowOf(to: string, content: RenderedEmail | TemplateMail, { aboutUserId, idempotencyKey, meetingId, calendar }: MailOptions) {
  const body =
    "template" in content ? { template: content.template, templateData: content.data as Prisma.InputJsonValue } : { html: content.html, text: content.text };
  return { to, subject: content.subject, ...body, aboutUserId, meetingId, idempotencyKey, attachments: calendar ? { calendar } : undefined };
}

/** Queues a message in the same transaction as the change that causes it, so it can't be lost. */
export async function enqueueMail(tx: Tx, to: string, content: RenderedEmail | TemplateMail, options: MailOptions = {}) {
  const data = rowOf(to, content, options);
  if (!options.idempotencyKey) return tx.outboxMail.create({ data, select: { id: true } });
  await tx.outboxMail.createMany({ data: [data], skipDuplicates: true });
  return tx.outboxMail.findUniqueOrThrow({ where: { idempotencyKey: options.idempotencyKey }, select: { id: true } });
}

/** Queues many messages at once (an invitation to every member); keys already queued are skipped. */
export async function enqueueMails(tx: Tx, messages: { to: string; content: RenderedEmail | TemplateMail; options?: MailOptions }[]) {
  const result = await tx.outboxMail.createMany({ data: messages.map(({ to, content, options = {} }) => rowOf(to, content, options)), skipDuplicates: true });
  return result.count;
}
