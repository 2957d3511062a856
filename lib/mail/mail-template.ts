import type { ComponentProps } from "react";
import type { Prisma } from "../db/generated/client";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What the outbox keeps of a message until it is sent (OutboxMail.templateData): JSON, so it reads back as written. */
export type MailData = { [key: string]: Json };

/** An iCalendar part: nodemailer sends it as text/calendar with this METHOD, which mail programs show as an invitation. */
export type CalendarPart = { method: "REQUEST" | "CANCEL" | "PUBLISH"; filename: string; content: string };

/** A file made when the message is sent (an invoice PDF), never stored with the queued message. */
export type MailAttachment = { filename: string; contentType: string; content: Buffer | string };

type Emails = typeof import("@/emails");
type EmailName = keyof Emails;

/**
 * Which component of `emails/` shows a message, with its props. A name, not an element: the components and React
 * Email load only when a message is rendered (lib/mail/render-mail.ts), not with every page whose action queues mail.
 */
export type EmailBody = { [Name in EmailName]: { name: Name; props: ComponentProps<Emails[Name]> } }[EmailName];

export function email<Name extends EmailName>(name: Name, props: ComponentProps<Emails[Name]>): EmailBody {
  return { name, props } as EmailBody;
}

/** A message's body as its template makes it when the message is sent; lib/mail/render-mail.ts turns it into HTML and text. */
export type MailContent = {
  body: EmailBody;
  calendar?: CalendarPart;
  attachments?: MailAttachment[];
  /** Extra header lines, e.g. a mailing's List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
};

/**
 * One kind of message (an entry of lib/mail/templates.ts). `subject` is worked out from the data when the message
 * is queued, stored with it and sent as it is. `content` runs when the message is sent, in a transaction of its
 * own: it reads what the message shows as it is then and makes a link's token, so no link is ever stored.
 */
export type MailTemplate<Data extends MailData> = {
  subject: (data: Data) => string;
  content: (input: { tx: Prisma.TransactionClient; to: string; data: Data }) => MailContent | Promise<MailContent>;
};
