import type { Database } from "../db/client";

/** ADMIN_EMAILS: comma-separated addresses that are secretaries. */
export function adminEmails(): string[] {
  return (process.env.ADMIN_EMAILS ?? "")
    .split(",")
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean);
}

/** Gives every ADMIN_EMAILS address an account with the secretary role (run at start and at sign-in). */
export async function applyAdminEmails(db: Database, emails = adminEmails()) {
  for (const email of emails) {
    await db.user.upsert({
      where: { email },
      update: { role: "SECRETARY" },
      create: { email, name: email.split("@")[0], role: "SECRETARY" },
    });
  }
}
