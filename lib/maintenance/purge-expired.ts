import type { Database } from "../db/client";

const DAY = 24 * 60 * 60 * 1000;

/** Removes what the privacy statement promises not to keep: used-up links, old counters, sent mail after 30 days. */
export async function purgeExpired(db: Database, now = new Date()) {
  const [tokens, windows, mail] = await db.$transaction([
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - DAY) } } }),
    db.outboxMail.deleteMany({ where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: new Date(now.getTime() - 30 * DAY) } } }),
  ]);
  return { tokens: tokens.count, rateLimitWindows: windows.count, mail: mail.count };
}
