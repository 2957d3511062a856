import nodemailer from "nodemailer";

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Wmo transformatienetwerk <noreply@wmo-transformatienetwerk.example>";
}

/** Nodemailer transport for SMTP_URL, or null when mail is kept in the development mailbox instead. */
export function smtpTransport() {
  const url = process.env.SMTP_URL;
  return url ? nodemailer.createTransport(url) : null;
}
