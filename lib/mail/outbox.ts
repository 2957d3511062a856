import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { RenderedEmail } from "./render-email";
import type { RenderedMail } from "./templates";
import { mailFrom, smtpTransport } from "./transport";

type Tx = Prisma.TransactionClient | Database;
const MAX_ATTEMPTS = 5;
const CLAIM_EXPIRES_MS = 5 * 60 * 1000;

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
  const body = "template" in content ? { template: content.template, templateData: content.data as Prisma.InputJsonValue } : { html: content.html, text: content.text };
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

/**
 * Sends queued messages through SMTP_URL. Without SMTP the message stays readable in the development
 * mailbox and is logged. A failed send is retried on a later run, up to MAX_ATTEMPTS times. Delivery is
 * at least once: a process that dies between sending and recording it leaves the message to be sent again.
 */
export async function deliverPendingMail(db: Database, now = new Date()): Promise<number> {
  const transport = smtpTransport();
  // A claim that was never finished (the process died while sending) is released.
  await db.outboxMail.updateMany({
    where: { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - CLAIM_EXPIRES_MS) } },
    data: { status: "PENDING" },
  });
  const pending = await db.outboxMail.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: 20,
    select: { id: true, to: true, subject: true, html: true, text: true, attempts: true, template: true, templateData: true, attachments: true },
  });
  let sent = 0;
  for (const mail of pending) {
    // Claim the message first, so two processes never send it twice.
    const claimed = await db.outboxMail.updateMany({ where: { id: mail.id, status: "PENDING" }, data: { status: "SENDING", claimedAt: new Date() } });
    if (claimed.count === 0) continue;
    try {
      const content = await contentOf(db, mail);
      if (transport) {
        await transport.sendMail({
          from: mailFrom(),
          to: mail.to,
          subject: content.subject,
          html: content.html ?? undefined,
          text: content.text ?? undefined,
          icalEvent: content.calendar,
        });
      } else {
        console.info(`[mail] geen SMTP_URL: bericht aan ${mail.to} bewaard in de ontwikkel-mailbox (${content.subject})\n${content.text}`);
      }
      await db.outboxMail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
      sent += 1;
    } catch (error) {
      const attempts = mail.attempts + 1;
      console.error(`[mail] verzenden aan ${mail.to} mislukt (poging ${attempts}):`, error);
      await db.outboxMail.update({
        where: { id: mail.id },
        data: { status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", attempts, lastError: String(error).slice(0, 500) },
      });
    }
  }
  return sent;
}

type StoredMail = { to: string; subject: string; html: string | null; text: string | null; template: string | null; templateData: Prisma.JsonValue; attachments: Prisma.JsonValue };

/** The message as sent: stored html and text, or rendered now from its template. */
async function contentOf(db: Database, mail: StoredMail): Promise<RenderedMail | { subject: string; html: string | null; text: string | null; calendar?: CalendarPart }> {
  const stored = (mail.attachments ?? {}) as { calendar?: CalendarPart };
  if (!mail.template) return { subject: mail.subject, html: mail.html, text: mail.text, calendar: stored.calendar };
  // Imported here, not at the top: the templates themselves queue mail through this module.
  const { mailTemplates } = await import("./template-registry");
  const render = mailTemplates[mail.template];
  if (!render) throw new Error(`Onbekend e-mailsjabloon: ${mail.template}`);
  return db.$transaction((tx) => render({ tx, to: mail.to, data: (mail.templateData ?? {}) as Record<string, unknown> }));
}
