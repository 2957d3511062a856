import type { Prisma } from "../db/generated/client";
import { documentTypes, type DocumentExtension } from "../documents/document-types";
import { readStoredFile } from "../documents/storage";
import { email, type MailContent, type MailTemplate } from "../mail/mail-template";
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from "./unsubscribe-link";

/** What the outbox keeps of a mailing's message: the subject as sent; the body is read from the mailing when it is sent. */
export type MailingMailData = { mailingId: string; userId: string; subject: string };

export const mailingSelect = { subject: true, body: true, document: { select: { id: true, title: true, extension: true } } } as const;
type MailingForMail = Prisma.MailingGetPayload<{ select: typeof mailingSelect }>;

/** The file name a recipient sees: the document's title, made safe for a file name, with its type's extension. */
function attachmentName(document: NonNullable<MailingForMail["document"]>) {
  return `${document.title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").trim() || "document"}.${document.extension}`;
}

/**
 * The attached document's bytes, read from storage once for all of a mailing's messages rather than once per recipient.
 * Stored files never change (written once, named by id), so the last one read is kept, until another is asked for or
 * no message has needed it for a few minutes.
 */
let lastAttachment: { key: string; bytes: Promise<Buffer> } | undefined;
let forgetAttachment: NodeJS.Timeout | undefined;
const KEEP_ATTACHMENT_MS = 5 * 60_000;

function attachmentBytes(document: NonNullable<MailingForMail["document"]>): Promise<Buffer> {
  const key = `${document.id}.${document.extension}`;
  clearTimeout(forgetAttachment);
  forgetAttachment = setTimeout(() => (lastAttachment = undefined), KEEP_ATTACHMENT_MS).unref();
  if (lastAttachment?.key !== key) {
    const bytes = readStoredFile(document.id, document.extension);
    // A failed read (file not there yet, a disk hiccup) is not kept: the next message tries again.
    bytes.catch(() => {
      if (lastAttachment?.bytes === bytes) lastAttachment = undefined;
    });
    lastAttachment = { key, bytes };
  }
  return lastAttachment.bytes;
}

/**
 * One person's mailing: the body, the document as an attachment (read from storage only when it is sent, not for a
 * preview), and RFC 8058 one-click unsubscribe headers.
 */
export async function mailingContent(
  mailing: MailingForMail,
  person: { id: string; name: string },
  { subject = mailing.subject, preview = false }: { subject?: string; preview?: boolean } = {},
): Promise<MailContent> {
  const document = mailing.document;
  const attachments =
    document && !preview
      ? [
          {
            filename: attachmentName(document),
            contentType: documentTypes[document.extension as DocumentExtension]?.mime ?? "application/octet-stream",
            content: await attachmentBytes(document),
          },
        ]
      : [];
  return {
    body: email("MailingEmail", {
      subject,
      body: mailing.body,
      name: person.name,
      attachmentName: document ? attachmentName(document) : null,
      unsubscribeUrl: unsubscribePageUrl(person.id),
    }),
    attachments,
    headers: { "List-Unsubscribe": `<${oneClickUnsubscribeUrl(person.id)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

export const mailingTemplate: MailTemplate<MailingMailData> = {
  subject: ({ subject }) => subject,
  content: async ({ tx, data: { mailingId, userId, subject } }) => {
    const [mailing, person] = await Promise.all([
      tx.mailing.findUniqueOrThrow({ where: { id: mailingId }, select: mailingSelect }),
      tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true } }),
    ]);
    return mailingContent(mailing, person, { subject });
  },
};
