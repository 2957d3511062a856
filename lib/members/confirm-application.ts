import "server-only";
import { hashLinkToken, LINK_TOKEN_PATTERN } from "../auth/link-token";
import type { Database } from "../db/client";
import { admitByDomain } from "./admit-by-domain";

export type ConfirmResult = { outcome: "confirmed"; admitted: boolean } | { outcome: "unknown" };

/**
 * Confirms the application the token belongs to, for its own applicant (signed in through the same mail's link),
 * and admits them at once when their municipality lets their e-mail domain in.
 */
export async function confirmApplication(db: Database, token: string, userId: string, now = new Date()): Promise<ConfirmResult> {
  if (!LINK_TOKEN_PATTERN.test(token)) return { outcome: "unknown" };
  const application = await db.application.findUnique({
    where: { confirmationTokenHash: hashLinkToken(token) },
    select: { id: true, userId: true, confirmedAt: true },
  });
  if (!application || application.userId !== userId) return { outcome: "unknown" };
  if (!application.confirmedAt) await db.application.update({ where: { id: application.id }, data: { confirmedAt: now } });
  return { outcome: "confirmed", admitted: await admitByDomain(db, application.id) };
}
