import { db } from "../db/client";

/**
 * The development mailbox shows every outgoing message, sign-in links included, so it is only on
 * when no SMTP server is configured and `npm start` runs on the embedded database (DEV_MAILBOX=true).
 */
export function isMailboxEnabled(): boolean {
  return !process.env.SMTP_URL && process.env.DEV_MAILBOX === "true";
}

export function listMailbox() {
  return db.outboxMail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, status: true },
  });
}
