import "server-only";
import nodemailer from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Wmo transformatienetwerk <noreply@wmo-transformatienetwerk.example>";
}

/** A Message-ID made from the outbox row, so a resent message is recognisable as the same one. */
export function messageIdFor(outboxId: string): string {
  const domain = /@([^>\s]+)/.exec(mailFrom())?.[1] ?? "wmo-transformatienetwerk.example";
  return `<${outboxId}@${domain}>`;
}

type Transport = ReturnType<typeof nodemailer.createTransport>;
const globalForMail = globalThis as unknown as { mailTransports?: Map<string, Transport> };

/**
 * A pooled transport for SMTP_URL (kept open between messages, a few connections in parallel), or null
 * when mail is kept in the development mailbox instead. Only the mail worker sends, never a web request.
 */
export function smtpTransport(): Transport | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  const transports = (globalForMail.mailTransports ??= new Map());
  let transport = transports.get(url);
  if (!transport) {
    // The pool itself, not createTransport(url, ...): given a URL, createTransport ignores every other option.
    const pool = new SMTPPool({
      pool: true,
      url,
      maxConnections: Number(process.env.SMTP_MAX_CONNECTIONS) || 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    transport = nodemailer.createTransport(pool);
    transports.set(url, transport);
  }
  return transport;
}

/** Closes the open SMTP connections (tests, shutdown). */
export function closeTransports() {
  for (const transport of globalForMail.mailTransports?.values() ?? []) transport.close();
  globalForMail.mailTransports?.clear();
}
