import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * The token of one application's confirmation link, made when its mail is sent; only its hash is kept. Each
 * application has its own, so a sign-up someone else filed under a person's address stays unconfirmed until that
 * person opens the link of that very application.
 */
export async function applicationConfirmationToken(tx: Prisma.TransactionClient, applicationId: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await tx.application.update({ where: { id: applicationId }, data: { confirmationTokenHash: hashOf(token) } });
  return token;
}

export type ConfirmResult = { outcome: "confirmed" } | { outcome: "unknown" };

/** Confirms the application the token belongs to, for its own applicant (signed in through the same mail's link). */
export async function confirmApplication(db: Database, token: string, userId: string, now = new Date()): Promise<ConfirmResult> {
  if (!/^[0-9a-f]{64}$/.test(token)) return { outcome: "unknown" };
  const application = await db.application.findUnique({
    where: { confirmationTokenHash: hashOf(token) },
    select: { id: true, userId: true, confirmedAt: true },
  });
  if (!application || application.userId !== userId) return { outcome: "unknown" };
  if (!application.confirmedAt) await db.application.update({ where: { id: application.id }, data: { confirmedAt: now } });
  return { outcome: "confirmed" };
}
