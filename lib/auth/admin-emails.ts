import "server-only";
import type { Database } from "../db/client";

/** ADMIN_EMAILS: comma-separated addresses that are secretaries. */
export function adminEmails(): string[] {
  return (process.env.ADMIN_EMAILS ?? "")
    .split(",")
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean);
}

/** Gives every ADMIN_EMAILS address an account with the secretary role (at sign-in, and through syncSecretaries). */
export async function applyAdminEmails(db: Database, emails = adminEmails()) {
  for (const email of emails) {
    await db.user.upsert({
      where: { email },
      update: { role: "SECRETARY" },
      create: { email, name: email.split("@")[0], role: "SECRETARY", admittedAt: new Date() },
    });
  }
}

/**
 * At start: exactly the ADMIN_EMAILS addresses are secretaries. Someone taken off the list becomes a
 * member again, so they no longer receive applicants' details.
 */
export async function syncSecretaries(db: Database, emails = adminEmails()) {
  await applyAdminEmails(db, emails);
  await db.user.updateMany({ where: { role: "SECRETARY", email: { notIn: emails } }, data: { role: "MEMBER" } });
}
