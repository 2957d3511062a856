import type { Prisma } from "../db/generated/client";
import type { CalendarPart } from "./outbox";
import type { RenderedEmail } from "./render-email";

/** A file made when the message is sent (an invoice PDF), never stored with the queued message. */
export type MailAttachment = { filename: string; contentType: string; content: Buffer | string };

/** What a template renders when the message is sent. */
export type RenderedMail = RenderedEmail & { calendar?: CalendarPart; attachments?: MailAttachment[] };

/**
 * A message made at the moment it is sent, from the data stored with it: `tx` is the sending transaction
 * (a sign-in link's token is created in it), `to` the recipient. Templates are listed in template-registry.ts.
 */
export type MailTemplate = (input: { tx: Prisma.TransactionClient; to: string; data: Record<string, unknown> }) => Promise<RenderedMail>;
