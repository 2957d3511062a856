import nodemailer from "nodemailer";

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Wmo transformatienetwerk <noreply@wmo-transformatienetwerk.example>";
}

/** Nodemailer transport for SMTP_URL, or null when mail is kept in the development mailbox instead. */
export function smtpTransport() {
  const url = process.env.SMTP_URL;
  // Short timeouts: mail is sent right after a request's own work, and an unreachable server must not hold it up.
  return url ? nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }) : null;
}
