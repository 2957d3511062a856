import "server-only";
import type { Database } from "../db/client";
import { LOOPBACK_PEER_HEADER } from "./loopback-peer";

/**
 * The development mailbox shows every outgoing message, sign-in links included. It answers only when switched on
 * for a local trial (DEV_MAILBOX=true, embedded database, no SMTP: `npm start` refuses other combinations), and then
 * only requests that scripts/site-server.ts marked as coming from this machine by the socket's remote address,
 * with a value made for this run, so no header a visitor sends can open it.
 */
export function isMailboxEnabled(requestHeaders: Headers): boolean {
  const stamp = process.env.LOOPBACK_PEER_STAMP;
  return process.env.DEV_MAILBOX === "true" && !process.env.SMTP_URL && !!stamp && requestHeaders.get(LOOPBACK_PEER_HEADER) === stamp;
}

export function listMailbox(db: Database) {
  return db.outboxMail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, status: true },
  });
}
