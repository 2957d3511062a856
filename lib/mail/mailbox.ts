import { db } from "../db/client";

/**
 * The development mailbox shows every outgoing message, sign-in links included, so it is only on
 * when no SMTP server is configured and `npm start` runs on the embedded database (DEV_MAILBOX=true);
 * the server then listens on 127.0.0.1 only, and the page also refuses requests addressed to another host.
 */
export function isMailboxEnabled(host?: string | null): boolean {
  const local = !host || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
  return !process.env.SMTP_URL && process.env.DEV_MAILBOX === "true" && local;
}

export function listMailbox() {
  return db.outboxMail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, status: true },
  });
}
